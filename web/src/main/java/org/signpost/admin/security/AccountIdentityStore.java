package org.signpost.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.signpost.core.account.AccountService;
import org.signpost.core.account.KnownDevices;
import org.signpost.core.account.Role;
import org.signpost.core.account.SignInResult;
import org.signpost.core.persistence.DatabaseFaults;

/**
 * Checks console sign-ins against Signpost accounts; the rules (the sign-in throttle and so on) are
 * core's.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountService accounts;
  @Inject SignInAttempt attempt;
  @Inject KnownDevices devices;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    SignInResult result;
    try {
      String login = credential.getCaller();
      result =
          accounts.signIn(
              login,
              credential.getPassword().getValue(),
              attempt.client(),
              devices.recognises(attempt.deviceMark(), login));
    } catch (RuntimeException e) {
      if (!DatabaseFaults.isUnreachable(e)) {
        throw e;
      }
      // Jakarta Security turns any failure here into a plain refusal: say what it was.
      attempt.recordDatabaseAway();
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    attempt.record(result);
    if (!result.isSignedIn()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        result.login(), result.roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
