/**
 * Rendering: the compiled jte templates that make pages, widget fragments and embeds alike, the
 * models they are given, and the cache of rendered bytes that the content revision keeps fresh.
 */
package org.signpost.widgets.render;
