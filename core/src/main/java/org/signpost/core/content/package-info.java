/**
 * Content as a whole: versioned JSON content packs (read, validate, import, export, and the demo
 * pack that ships with Signpost), the HTML allow-list for rich text, and the revisions kept for
 * every saved change.
 */
package org.signpost.core.content;
