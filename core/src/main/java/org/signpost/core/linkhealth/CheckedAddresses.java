package org.signpost.core.linkhealth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Predicate;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The link checker's name lookup: a host's addresses are looked up once and each is checked; when
 * any may not be reached the lookup fails with {@link PrivateAddressException}, and otherwise the
 * connection goes to exactly the addresses checked, with no second lookup that a hostile name
 * server could answer differently.
 */
final class CheckedAddresses implements DnsResolver {

  private final Predicate<InetAddress> reachable;

  CheckedAddresses(Predicate<InetAddress> reachable) {
    this.reachable = reachable;
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
    for (InetAddress address : addresses) {
      if (!reachable.test(address)) {
        throw new PrivateAddressException(host);
      }
    }
    return addresses;
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
  }

  /** The host's addresses include one the checker may not reach. */
  static final class PrivateAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    PrivateAddressException(String host) {
      super(host + " leads to a private address");
    }
  }
}
