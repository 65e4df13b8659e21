package org.signpost.core.address;

/**
 * The port a request's {@code Host} header names, judged against the port the request really came
 * to. A client reaching Signpost directly can write any port there (or {@code :0}), and a link
 * built from it would lead a reader, or a curator opening a reset mail, to another server; so
 * straight from a client only the listener's own port (or none) is accepted, and links use the
 * listener's port. Through a trusted proxy the header names the port the proxy was reached on,
 * which is the one readers use.
 */
public final class HostPort {

  /** No port named: {@code Host: signpost.example}. */
  static final int NONE = -1;

  /** A port that no request could have come to: empty, not a number, 0 or above 65535. */
  static final int IMPOSSIBLE = 0;

  private HostPort() {}

  /**
   * Whether a request naming {@code hostHeader} may be answered.
   *
   * @param hostHeader the {@code Host} header as sent, or null
   * @param listenerPort the port the connection came to
   * @param viaTrustedProxy whether the connection came from one of {@code signpost.trusted-proxies}
   */
  public static boolean accepted(String hostHeader, int listenerPort, boolean viaTrustedProxy) {
    int named = named(hostHeader);
    if (named == NONE) {
      return true;
    }
    return named != IMPOSSIBLE && (viaTrustedProxy || named == listenerPort);
  }

  /**
   * The port for links to the host the request came to: the one the header names through a trusted
   * proxy, the listener's own otherwise.
   *
   * @param serverPort the port the server read from the header (its scheme's default when none)
   */
  public static int forLinks(int serverPort, int listenerPort, boolean viaTrustedProxy) {
    return viaTrustedProxy ? serverPort : listenerPort;
  }

  /** The port {@code hostHeader} names, {@link #NONE} or {@link #IMPOSSIBLE}. */
  static int named(String hostHeader) {
    if (hostHeader == null) {
      return NONE;
    }
    String host = hostHeader.strip();
    int colon = host.lastIndexOf(':');
    if (colon < 0 || host.lastIndexOf(']') > colon) {
      return NONE;
    }
    String digits = host.substring(colon + 1);
    if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
      return IMPOSSIBLE;
    }
    int port = Integer.parseInt(digits);
    return port > 65_535 ? IMPOSSIBLE : port;
  }
}
