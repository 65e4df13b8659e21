/**
 * What changed: the revisions (who changed which topic or resource, when, and a snapshot of it
 * after the change), the content revision that moves with every change readers see, and the one
 * recorder that writes both and refuses a save based on a version someone else moved on from.
 */
package org.signpost.core.content.revision;
