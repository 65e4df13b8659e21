package org.signpost.core.account;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * What a password must be: long enough to resist guessing (NCSC and NIST advise length over
 * composition rules), not one character repeated, and not the login itself.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;

  private static final char[] ALPHABET =
      "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordPolicy() {}

  /** Why the password is refused, or empty when it is acceptable. */
  public static Optional<String> problem(String login, char[] password) {
    if (password == null || password.length < MIN_LENGTH) {
      return Optional.of("Use at least " + MIN_LENGTH + " characters.");
    }
    if (password.length > MAX_LENGTH) {
      return Optional.of("Use at most " + MAX_LENGTH + " characters.");
    }
    String text = new String(password);
    if (text.chars().distinct().count() < 4) {
      return Optional.of("Use a password with more different characters.");
    }
    if (login != null && text.toLowerCase().contains(login.toLowerCase())) {
      return Optional.of("A password must not contain the login.");
    }
    return Optional.empty();
  }

  /** A random password of 20 characters that avoids look-alike letters and digits. */
  public static char[] generate() {
    char[] password = new char[20];
    for (int i = 0; i < password.length; i++) {
      password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return password;
  }
}
