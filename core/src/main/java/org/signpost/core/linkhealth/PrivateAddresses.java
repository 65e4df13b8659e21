package org.signpost.core.linkhealth;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Addresses a link check must never reach, because they lead into the machine Signpost runs on or
 * the network around it rather than to the public web: loopback, private (10/8, 172.16/12,
 * 192.168/16, 100.64/10), link-local (169.254/16, where cloud metadata services answer, and
 * fe80::/10), unique-local (fc00::/7), multicast, unspecified, documentation (2001:db8::/32),
 * discard-only (100::/64) and the reserved ranges. An IPv6 address that carries an IPv4 one on the
 * way to it (IPv4-compatible, NAT64's 64:ff9b::/96 and local-use 64:ff9b:1::/48, 6to4's 2002::/16,
 * Teredo's 2001::/32 with its server and its inverted client) is private when what it carries is,
 * since a translator or relay on the path would deliver it there.
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
          || startsWith(bytes, 0x20, 0x01, 0x0d, 0xb8) // documentation
          || startsWith(bytes, 0x01, 0x00, 0, 0, 0, 0, 0, 0) // discard-only
          || startsWith(bytes, 0, 0x64, 0xff, 0x9b, 0, 0x01) // local-use NAT64, a private network
          || v6.isIPv4CompatibleAddress() && isPrivate(ipv4(bytes, 12, 0))
          || startsWith(bytes, 0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0)
              && isPrivate(ipv4(bytes, 12, 0)) // NAT64
          || startsWith(bytes, 0x20, 0x02) && isPrivate(ipv4(bytes, 2, 0)) // 6to4
          || startsWith(bytes, 0x20, 0x01, 0, 0) // Teredo: its server, and its client inverted
              && (isPrivate(ipv4(bytes, 4, 0)) || isPrivate(ipv4(bytes, 12, 0xff)));
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The IPv4 address in four bytes from {@code from}, each exclusive-or'd with {@code mask}. */
  private static InetAddress ipv4(byte[] bytes, int from, int mask) {
    byte[] four = new byte[4];
    for (int i = 0; i < 4; i++) {
      four[i] = (byte) (bytes[from + i] ^ mask);
    }
    try {
      return InetAddress.getByAddress(four);
    } catch (java.net.UnknownHostException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
