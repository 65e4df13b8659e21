package org.signpost.widgets.feedback;

import java.net.URI;
import java.util.Locale;

/** The origin of an embedding site, such as {@code https://school.example}, or nothing. */
final class SiteOrigin {

  private SiteOrigin() {}

  /** The scheme, host and port of the value when it is an http(s) origin or address. */
  static String of(String value) {
    if (value == null || value.isBlank() || value.equals("null") || value.length() > 255) {
      return null;
    }
    try {
      URI uri = URI.create(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return null;
      }
      return scheme
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
