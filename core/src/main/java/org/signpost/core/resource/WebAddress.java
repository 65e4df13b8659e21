package org.signpost.core.resource;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The rule for the links Signpost publishes: absolute http or https addresses with a host. */
public final class WebAddress {

  public static final int MAX_LENGTH = 2000;

  private WebAddress() {}

  /**
   * Returns the address, trimmed, when it is an absolute http(s) address with a host.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static String require(String address) {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("a web address is required");
    }
    String trimmed = address.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a web address may have at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "\"" + trimmed + "\" is not a web address: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(
          "\"" + trimmed + "\" must start with https:// (or http://)");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("\"" + trimmed + "\" has no host name");
    }
    return trimmed;
  }

  public static boolean isValid(String address) {
    try {
      require(address);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
