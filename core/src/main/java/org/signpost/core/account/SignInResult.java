package org.signpost.core.account;

import java.time.Instant;
import java.util.Set;

/**
 * What a sign-in attempt came to.
 *
 * @param login the account's login when signed in or its password must change, else {@code null}
 * @param roles the account's roles when signed in, else empty
 * @param tryAgainAt when sign-in was paused, when the next attempt may go ahead, else {@code null}
 */
public record SignInResult(Outcome outcome, String login, Set<Role> roles, Instant tryAgainAt) {

  /** The possible outcomes; only {@link #SIGNED_IN} lets the person in. */
  public enum Outcome {
    SIGNED_IN,
    WRONG_CREDENTIALS,
    /** Too many attempts from this client or at this login: said the same for any login. */
    PAUSED,
    DISABLED,
    /** The right password, but one Signpost generated: it must be replaced before anything else. */
    PASSWORD_MUST_CHANGE
  }

  static SignInResult signedIn(Account account) {
    return new SignInResult(Outcome.SIGNED_IN, account.login(), account.roles(), null);
  }

  static SignInResult refused(Outcome outcome) {
    return new SignInResult(outcome, null, Set.of(), null);
  }

  static SignInResult mustChangePassword(Account account) {
    return new SignInResult(Outcome.PASSWORD_MUST_CHANGE, account.login(), Set.of(), null);
  }

  static SignInResult paused(Instant until) {
    return new SignInResult(Outcome.PAUSED, null, Set.of(), until);
  }

  public boolean isSignedIn() {
    return outcome == Outcome.SIGNED_IN;
  }
}
