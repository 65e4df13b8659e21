package org.signpost.core.account;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** An account as the administrators' list shows it; never the password hash. */
public record AccountRow(
    String login, String displayName, String email, Set<Role> roles, boolean enabled, long version)
    implements Serializable {

  public static AccountRow of(Account account) {
    return new AccountRow(
        account.login(),
        account.displayName(),
        account.email(),
        account.roles().isEmpty() ? Set.of() : EnumSet.copyOf(account.roles()),
        account.isEnabled(),
        account.version());
  }
}
