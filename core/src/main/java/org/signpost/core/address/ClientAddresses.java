package org.signpost.core.address;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request really comes from, for the limits kept per client. Behind nginx every
 * request reaches Signpost from nginx's address, and the client's is the one nginx adds to {@code
 * X-Forwarded-For}; a client can write anything into that header itself, so only the addresses that
 * proxies listed in {@code signpost.trusted-proxies} added count: reading the header from its end,
 * the first address that is not such a proxy is the client.
 */
@ApplicationScoped
public class ClientAddresses {

  /** Longer than any IPv6 address with a zone: nothing longer is taken as one. */
  private static final int LONGEST = 64;

  /** None by default: a forwarder that does not add the header would let clients choose it. */
  @Inject
  @ConfigProperty(name = "signpost.trusted-proxies")
  Optional<String> proxies;

  private Set<String> trusted;

  protected ClientAddresses() {}

  /** Trusting the proxies at {@code proxies} (comma-separated addresses). */
  public ClientAddresses(String proxies) {
    this.proxies = Optional.ofNullable(proxies);
    trust();
  }

  @PostConstruct
  void trust() {
    trusted =
        Arrays.stream(proxies.orElse("").split(","))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Whether a connection from {@code remoteAddress} came through one of the trusted proxies. */
  public boolean isTrustedProxy(String remoteAddress) {
    return trusted.contains(remoteAddress);
  }

  /**
   * @param remoteAddress the address the connection came from
   * @param forwardedFor the request's {@code X-Forwarded-For} header, or null
   */
  public String of(String remoteAddress, String forwardedFor) {
    String client = remoteAddress;
    if (forwardedFor == null || !trusted.contains(remoteAddress)) {
      return client;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (hop.isEmpty() || hop.length() > LONGEST) {
        break;
      }
      client = hop;
      if (!trusted.contains(hop)) {
        break;
      }
    }
    return client;
  }
}
