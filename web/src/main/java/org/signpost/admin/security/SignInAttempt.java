package org.signpost.admin.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.signpost.core.account.SignInResult;

/**
 * The outcome of this request's sign-in, kept so that the sign-in page can say why a sign-in was
 * refused (wrong details, locked, disabled), which Jakarta Security alone does not tell.
 */
@RequestScoped
public class SignInAttempt {

  private SignInResult result;

  void record(SignInResult outcome) {
    this.result = outcome;
  }

  public Optional<SignInResult> result() {
    return Optional.ofNullable(result);
  }
}
