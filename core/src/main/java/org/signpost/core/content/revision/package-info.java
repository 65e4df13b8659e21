/** Revisions: who changed which topic or resource, when, and a snapshot of it after the change. */
package org.signpost.core.content.revision;
