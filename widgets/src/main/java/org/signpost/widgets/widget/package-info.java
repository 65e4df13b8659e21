/**
 * The embeddable widgets: the loader script and its stylesheet, the HTML fragments the script puts
 * in a shadow root, the iframe embeds for sites that cannot run script, and leaving for a
 * resource's own site ({@code /go}). oEmbed is part of the API ({@code api.OEmbedResource}).
 */
package org.signpost.widgets.widget;
