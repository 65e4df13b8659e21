package org.signpost.widgets.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.signpost.core.address.ClientAddresses;
import org.signpost.core.address.HostPort;
import org.signpost.core.address.PublicAddresses;
import org.signpost.core.address.RequestOrigin;
import org.signpost.core.address.SiteAddress;
import org.signpost.core.publication.SiteSettings;
import org.signpost.widgets.render.PageFrame;

/** The public side as the request being answered sees it: its addresses and its pages' frame. */
@ApplicationScoped
public class PublicSite {

  @Inject PublicAddresses addresses;
  @Inject ClientAddresses clients;
  @Inject @ConfigProperties SiteSettings settings;

  /** The public side's addresses: the configured ones, or those of the host the request came to. */
  public SiteAddress address(HttpServletRequest request) {
    return addresses.site(
        new RequestOrigin(
            request.getScheme(),
            request.getServerName(),
            HostPort.forLinks(
                request.getServerPort(),
                request.getLocalPort(),
                clients.isTrustedProxy(request.getRemoteAddr())),
            request.getContextPath()));
  }

  public String serviceName() {
    return settings.serviceName();
  }

  /** The neutral site that a sensitive topic's quick exit leads to. */
  public String quickExitAddress() {
    return settings.quickExitAddress();
  }

  /** The sites that may frame the embeds, as a CSP {@code frame-ancestors} source list. */
  public String frameAncestors() {
    return settings.frameAncestors();
  }

  /** The frame of one of our own pages: title, description, links to the canonical and oEmbed. */
  public PageFrame frame(String base, String title, String canonical, String oembed) {
    return new PageFrame(
        base,
        title,
        "Trusted health and wellbeing resources for people who work with children and young"
            + " people.",
        canonical,
        oembed,
        settings.serviceName(),
        settings.contact());
  }
}
