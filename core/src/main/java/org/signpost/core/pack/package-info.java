/**
 * Content packs: a versioned JSON format for organisations, resources and topics with their
 * sections. Reading checks a pack whole and lists every problem by JSON path; import is all or
 * nothing and idempotent by slug; export writes the same format back. The demo pack ships here.
 */
package org.signpost.core.pack;
