/**
 * Where people reach Signpost: the one place that builds the absolute addresses of the public side
 * (topic pages, feeds, oEmbed, previews, embed snippets) and of the console (the links in mail),
 * from the configured addresses or, when none is set, from where the request came.
 */
package org.signpost.core.address;
