package org.signpost.core.resource;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.signpost.core.validation.Refusal;

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
      throw new Refusal("resource.address-required");
    }
    String trimmed = address.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new Refusal("resource.address-too-long", MAX_LENGTH);
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new Refusal("resource.not-an-address", e, trimmed, e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new Refusal("resource.address-not-http", trimmed);
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new Refusal("resource.address-without-host", trimmed);
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
