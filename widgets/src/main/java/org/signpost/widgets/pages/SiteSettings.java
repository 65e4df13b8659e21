package org.signpost.widgets.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.signpost.widgets.render.PageFrame;

/**
 * How the public site names itself and where it lives ({@code SIGNPOST_SERVICE_NAME}, {@code
 * SIGNPOST_PUBLIC_URL}, {@code SIGNPOST_FRAME_ANCESTORS}).
 */
@ApplicationScoped
public class SiteSettings {

  @Inject
  @ConfigProperty(
      name = "signpost.service-name",
      defaultValue = "Children and Young People's Health Service")
  String serviceName;

  @Inject
  @ConfigProperty(name = "signpost.public-url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "signpost.frame-ancestors", defaultValue = "*")
  String frameAncestors;

  public String serviceName() {
    return serviceName;
  }

  /**
   * The address the site is reached at, without a trailing slash: the configured one, or the one
   * the request came to.
   */
  public String baseUrl(HttpServletRequest request) {
    return publicUrl
        .filter(url -> !url.isBlank())
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
        .orElseGet(
            () -> {
              String url = request.getRequestURL().toString();
              return url.substring(0, url.length() - request.getRequestURI().length())
                  + request.getContextPath();
            });
  }

  /** The sites that may frame the embeds, as a CSP {@code frame-ancestors} source list. */
  public String frameAncestors() {
    return frameAncestors;
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
        serviceName);
  }
}
