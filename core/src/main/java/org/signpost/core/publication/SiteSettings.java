package org.signpost.core.publication;

import jakarta.enterprise.context.Dependent;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the public side names itself ({@code signpost.service-name}), which sites may frame its
 * embeds ({@code signpost.frame-ancestors}, a CSP {@code frame-ancestors} source list), where a
 * topic's quick exit leads ({@code signpost.quick-exit.address}) and how readers reach the service
 * ({@code signpost.help.*}).
 */
@Dependent
@ConfigProperties(prefix = "signpost")
public class SiteSettings {

  @ConfigProperty(name = "service-name")
  String serviceName;

  @ConfigProperty(name = "frame-ancestors")
  String frameAncestors;

  @ConfigProperty(name = "quick-exit.address")
  String quickExitAddress;

  @ConfigProperty(name = "help.link")
  Optional<String> helpLink;

  @ConfigProperty(name = "help.phone")
  Optional<String> helpPhone;

  @ConfigProperty(name = "help.address")
  Optional<String> helpAddress;

  /** The service's name on pages, feeds and oEmbed. */
  public String serviceName() {
    return serviceName;
  }

  /** The sites that may frame the embeds. */
  public String frameAncestors() {
    return frameAncestors;
  }

  /**
   * The neutral site a quick exit replaces a sensitive topic with.
   *
   * @throws IllegalStateException when the setting is not an http or https address
   */
  public String quickExitAddress() {
    return webAddress(quickExitAddress)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "signpost.quick-exit.address must be an http or https address, is \""
                        + quickExitAddress
                        + "\""));
  }

  /** How readers reach the service's teams: each part only when it is set. */
  public ServiceContact contact() {
    return new ServiceContact(
        helpLink.flatMap(SiteSettings::webAddress).orElse(null),
        helpPhone.map(String::strip).orElse(null),
        helpAddress.map(String::strip).orElse(null));
  }

  private static Optional<String> webAddress(String value) {
    try {
      URI uri = new URI(value.strip());
      boolean web =
          "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
      return web && uri.getHost() != null ? Optional.of(uri.toString()) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
