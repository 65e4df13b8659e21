package org.signpost.core.account;

import java.time.Instant;
import java.util.Set;

/**
 * What a sign-in attempt came to.
 *
 * @param login the account's login when signed in, else {@code null}
 * @param roles the account's roles when signed in, else empty
 * @param lockedUntil when a locked account opens again, else {@code null}
 */
public record SignInResult(Outcome outcome, String login, Set<Role> roles, Instant lockedUntil) {

  /** The possible outcomes; only {@link #SIGNED_IN} lets the person in. */
  public enum Outcome {
    SIGNED_IN,
    WRONG_CREDENTIALS,
    LOCKED,
    DISABLED
  }

  static SignInResult signedIn(Account account) {
    return new SignInResult(Outcome.SIGNED_IN, account.login(), account.roles(), null);
  }

  static SignInResult refused(Outcome outcome) {
    return new SignInResult(outcome, null, Set.of(), null);
  }

  static SignInResult locked(Instant until) {
    return new SignInResult(Outcome.LOCKED, null, Set.of(), until);
  }

  public boolean isSignedIn() {
    return outcome == Outcome.SIGNED_IN;
  }
}
