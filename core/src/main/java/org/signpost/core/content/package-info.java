/**
 * Rules for what curators write, whichever component holds it: the HTML allow-list for rich text
 * and the form of slugs. Content packs and revisions live in the packages below.
 */
package org.signpost.core.content;
