package org.signpost.core.address;

import java.util.Locale;

/**
 * Where a request came to, as the server saw it: enough to build an address on the same host when
 * none is configured.
 *
 * @param scheme {@code http} or {@code https}
 * @param host the host name the request named
 * @param port the port it came to
 * @param contextPath the path of the application that answered, {@code ""} at the root
 */
public record RequestOrigin(String scheme, String host, int port, String contextPath) {

  public RequestOrigin {
    scheme = scheme.toLowerCase(Locale.ROOT);
    contextPath = contextPath == null ? "" : contextPath;
  }

  /** The host's root, such as {@code https://signpost.example} or {@code http://host:8080}. */
  public String root() {
    boolean usualPort =
        (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
    return scheme + "://" + host + (usualPort ? "" : ":" + port);
  }
}
