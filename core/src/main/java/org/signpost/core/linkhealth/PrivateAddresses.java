package org.signpost.core.linkhealth;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Addresses a link check must never reach, because they lead into the machine Signpost runs on or
 * the network around it rather than to the public web: loopback, private (10/8, 172.16/12,
 * 192.168/16, 100.64/10), link-local (169.254/16, where cloud metadata services answer, and
 * fe80::/10), unique-local (fc00::/7), multicast, unspecified, and the reserved ranges.
 */
public final class PrivateAddresses {

  private PrivateAddresses() {}

  public static boolean isPrivate(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      return first == 0 // "this network"
          || (first == 100 && second >= 64 && second < 128) // shared address space (carrier NAT)
          || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // protocol assignments
          || (first == 198 && (second == 18 || second == 19)) // benchmarking
          || first >= 240; // reserved, and broadcast
    }
    if (address instanceof Inet6Address v6) {
      return (bytes[0] & 0xfe) == 0xfc // unique-local
          || v6.isIPv4CompatibleAddress() && isPrivate(embeddedIpv4(bytes));
    }
    return true;
  }

  private static InetAddress embeddedIpv4(byte[] bytes) {
    try {
      return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
    } catch (java.net.UnknownHostException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
