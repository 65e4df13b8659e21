package org.signpost.admin.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.signpost.core.account.SignInResult;

/**
 * The outcome of this request's sign-in, kept so that the sign-in page can say why a sign-in was
 * refused (wrong details, paused after repeated failures, disabled, the database away), which
 * Jakarta Security alone does not tell.
 */
@RequestScoped
public class SignInAttempt {

  private SignInResult result;
  private boolean databaseAway;
  private String client;
  private String deviceMark;

  /** Where the attempt comes from: the client's address and its known-device mark, if any. */
  void from(String clientAddress, String mark) {
    this.client = clientAddress;
    this.deviceMark = mark;
  }

  String client() {
    return client;
  }

  String deviceMark() {
    return deviceMark;
  }

  void record(SignInResult outcome) {
    this.result = outcome;
  }

  void recordDatabaseAway() {
    this.databaseAway = true;
  }

  /** Whether the sign-in could not be checked because the database cannot be reached. */
  public boolean wasDatabaseAway() {
    return databaseAway;
  }

  public Optional<SignInResult> result() {
    return Optional.ofNullable(result);
  }
}
