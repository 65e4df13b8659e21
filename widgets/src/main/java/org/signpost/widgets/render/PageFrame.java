package org.signpost.widgets.render;

import org.signpost.core.publication.ServiceContact;

/**
 * What the page layout needs around the content.
 *
 * @param base the site's address, such as {@code https://signpost.example}, for links
 * @param canonical the page's own address, if it has one worth naming
 * @param oembedJson the oEmbed address for the page, for discovery, if it can be embedded
 * @param contact how readers reach the service, as far as it is set
 */
public record PageFrame(
    String base,
    String title,
    String description,
    String canonical,
    String oembedJson,
    String serviceName,
    ServiceContact contact) {}
