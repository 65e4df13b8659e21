package org.signpost.core.address;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public side's and the console's addresses: {@code signpost.public-url} and {@code
 * signpost.console-url} when set, otherwise the host and application the request came to, when that
 * host is one of the {@link AllowedHosts}. An address is never built from any other host.
 */
@ApplicationScoped
public class PublicAddresses {

  @Inject
  @ConfigProperty(name = "signpost.public-url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "signpost.console-url")
  Optional<String> consoleUrl;

  @Inject
  @ConfigProperty(name = "signpost.allowed-hosts")
  Optional<String> allowedHosts;

  private AllowedHosts hosts;

  @PostConstruct
  void readHosts() {
    hosts = AllowedHosts.of(allowedHosts.orElse(""), Stream.of(publicUrl, consoleUrl));
  }

  /** Whether a request that named this host may be answered at all. */
  public boolean answersFor(String host) {
    return hosts.allows(host);
  }

  /**
   * Whether a console request that named this host may be answered: with the console on a host of
   * its own ({@code signpost.console-url} naming another host than {@code signpost.public-url}),
   * only that host, so that no page of the public host can reach the console as its own origin.
   */
  public boolean consoleAnswersFor(String host) {
    Optional<String> own =
        configured(consoleUrl)
            .map(url -> URI.create(url).getHost())
            .filter(console -> !console.equalsIgnoreCase(publicHost().orElse("")));
    return own.map(console -> console.equalsIgnoreCase(host)).orElseGet(() -> answersFor(host));
  }

  private Optional<String> publicHost() {
    return configured(publicUrl).map(url -> URI.create(url).getHost());
  }

  /**
   * The public side, as reached through {@code origin} (its application's own path).
   *
   * @throws UnlistedHostException when no address is configured and the host is not allowed
   */
  public SiteAddress site(RequestOrigin origin) {
    return new SiteAddress(configured(publicUrl).orElseGet(() -> here(origin)));
  }

  /**
   * The console, as reached through {@code origin}.
   *
   * @throws UnlistedHostException when no address is configured and the host is not allowed
   */
  public ConsoleAddress console(RequestOrigin origin) {
    return new ConsoleAddress(configured(consoleUrl).orElseGet(() -> here(origin)));
  }

  /**
   * The public side's origin (scheme, host and port) when it is configured, such as {@code
   * https://signpost.example}; empty when it is reached on the same host as the console.
   */
  public Optional<String> configuredPublicOrigin() {
    return configured(publicUrl)
        .map(url -> URI.create(url))
        .map(u -> u.getScheme() + "://" + u.getRawAuthority());
  }

  private static Optional<String> configured(Optional<String> address) {
    return address.map(String::strip).filter(a -> !a.isEmpty());
  }

  private String here(RequestOrigin origin) {
    if (!hosts.allows(origin.host())) {
      throw new UnlistedHostException(origin.host());
    }
    return origin.root() + origin.contextPath();
  }
}
