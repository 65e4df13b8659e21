/**
 * What curators do across components: writing resources together with the topics they belong to,
 * and reading content the way the console lists it.
 */
package org.signpost.core.curation;
