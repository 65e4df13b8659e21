/**
 * Curators' work on resources: create, edit with the topics a resource belongs to, archive and
 * reinstate, one at a time or many at once, recording each change once.
 */
package org.signpost.core.resource.editing;
