package org.signpost.core.publication;

/**
 * How readers reach the service's teams, as its pages show under "How can our services help?".
 *
 * @param link the service's own page for contacting its teams, or null
 * @param phone a telephone number as people dial it, such as {@code 0300 123 4567}, or null
 * @param address a postal or visiting address, lines separated by commas, or null
 */
public record ServiceContact(String link, String phone, String address) {

  /** Whether any way of reaching the service is set. */
  public boolean isEmpty() {
    return link == null && phone == null && address == null;
  }

  /** The phone number as a {@code tel:} address: its digits and a leading plus, if any. */
  public String phoneAddress() {
    return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
  }
}
