package org.signpost.core.address;

/**
 * The console's absolute addresses, for links that leave the browser (mail).
 *
 * @param base such as {@code https://signpost.example/admin}, without a trailing slash
 */
public record ConsoleAddress(String base) {

  public ConsoleAddress {
    base = SiteAddress.withoutTrailingSlash(base);
  }

  /** The page that sets a new password, waiting for the reset token at its end. */
  public String passwordResetLinkBase() {
    return base + "/reset-password.xhtml?token=";
  }
}
