package org.signpost.core.address;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The host names Signpost answers for: those listed in {@code signpost.allowed-hosts} and those of
 * the configured public and console addresses. A request naming any other host (a forged {@code
 * Host} header) is refused before it can put that host into a link, a mail or a cache.
 */
public final class AllowedHosts {

  private final Set<String> hosts;

  private AllowedHosts(Set<String> hosts) {
    this.hosts = hosts;
  }

  /**
   * @param listed comma-separated host names, such as {@code localhost,127.0.0.1,[::1]}, or {@code
   *     *} for any
   * @param configuredAddresses absolute addresses whose hosts are allowed too, such as {@code
   *     signpost.public-url}
   */
  public static AllowedHosts of(String listed, Stream<Optional<String>> configuredAddresses) {
    Stream<String> fromList = Arrays.stream(listed == null ? new String[0] : listed.split(","));
    Stream<String> fromAddresses =
        configuredAddresses
            .flatMap(Optional::stream)
            .map(String::strip)
            .filter(a -> !a.isEmpty())
            .map(a -> URI.create(a).getHost())
            .filter(h -> h != null);
    return new AllowedHosts(
        Stream.concat(fromList, fromAddresses)
            .map(AllowedHosts::normalised)
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * Whether a request that named {@code host} (without its port) may be answered. A list holding
   * {@code *} allows any host: for tests whose server reports the machine's own name, never for a
   * service.
   */
  public boolean allows(String host) {
    return host != null && (hosts.contains(ANY) || hosts.contains(normalised(host)));
  }

  private static final String ANY = "*";

  /** Host names compare without case, and an IPv6 address with or without its brackets. */
  private static String normalised(String host) {
    String name = host.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
