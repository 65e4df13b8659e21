package org.signpost.core.address;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public side's and the console's addresses: {@code signpost.public-url} and {@code
 * signpost.console-url} when set, otherwise the host and application the request came to.
 */
@ApplicationScoped
public class PublicAddresses {

  @Inject
  @ConfigProperty(name = "signpost.public-url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "signpost.console-url")
  Optional<String> consoleUrl;

  /** The public side, as reached through {@code origin} (its application's own path). */
  public SiteAddress site(RequestOrigin origin) {
    return new SiteAddress(configured(publicUrl).orElseGet(() -> here(origin)));
  }

  /** The console, as reached through {@code origin}. */
  public ConsoleAddress console(RequestOrigin origin) {
    return new ConsoleAddress(configured(consoleUrl).orElseGet(() -> here(origin)));
  }

  private static Optional<String> configured(Optional<String> address) {
    return address.map(String::strip).filter(a -> !a.isEmpty());
  }

  private static String here(RequestOrigin origin) {
    return origin.root() + origin.contextPath();
  }
}
