/**
 * The embeddable widgets: the loader script and its stylesheet, the HTML fragments the script puts
 * in a shadow root, the iframe embeds for sites that cannot run script, and oEmbed.
 */
package org.signpost.widgets.widget;
