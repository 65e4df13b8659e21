package org.signpost.core.account;

import java.util.Set;

/**
 * What an administrator changes of an account in one go: its roles, its e-mail address (blank for
 * none) and, when not null, a new password.
 */
public record AccountChange(Set<Role> roles, String email, char[] newPassword) {

  public AccountChange {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  /** Whether a new password is given. */
  boolean setsPassword() {
    return newPassword != null && newPassword.length > 0;
  }
}
