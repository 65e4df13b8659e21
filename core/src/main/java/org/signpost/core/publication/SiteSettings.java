package org.signpost.core.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the public side names itself ({@code signpost.service-name}) and which sites may frame its
 * embeds ({@code signpost.frame-ancestors}, a CSP {@code frame-ancestors} source list).
 */
@ApplicationScoped
public class SiteSettings {

  @Inject
  @ConfigProperty(name = "signpost.service-name")
  String serviceName;

  @Inject
  @ConfigProperty(name = "signpost.frame-ancestors")
  String frameAncestors;

  /** The service's name on pages, feeds and oEmbed. */
  public String serviceName() {
    return serviceName;
  }

  /** The sites that may frame the embeds. */
  public String frameAncestors() {
    return frameAncestors;
  }
}
