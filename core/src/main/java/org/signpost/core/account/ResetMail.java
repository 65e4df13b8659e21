package org.signpost.core.account;

/** Sends a "forgot password" link to the account's e-mail address. */
public interface ResetMail {

  /**
   * Sends the link.
   *
   * @throws IllegalStateException when mail cannot be sent, saying why
   */
  void send(String address, String displayName, String link);
}
