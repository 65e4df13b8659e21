package org.signpost.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.signpost.core.persistence.PersistenceHarness;
import org.signpost.core.persistence.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class AccountSignInIT {

  private static final char[] PASSWORD = "correct horse battery".toCharArray();
  private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

  @Parameter TestDatabase database;

  @RegisterExtension
  final PersistenceHarness db = PersistenceHarness.eachTest(() -> database, false);

  private final PasswordHasher hasher = new PasswordHasher(10_000);

  @BeforeEach
  void createAccount() {
    db.run(
        em ->
            service(em, NOW).create("Editor.One", "Editor One", EnumSet.of(Role.EDITOR), PASSWORD));
  }

  @Test
  void theRightPasswordSignsInWithTheRolesAndAnyCaseOfLogin() {
    SignInResult result = db.inTransaction(em -> service(em, NOW).signIn("EDITOR.one", PASSWORD));

    assertThat(result.isSignedIn()).isTrue();
    assertThat(result.login()).isEqualTo("editor.one");
    assertThat(result.roles()).containsExactly(Role.EDITOR);
  }

  @Test
  void aWrongPasswordOrUnknownLoginIsRefusedAlike() {
    SignInResult wrong =
        db.inTransaction(em -> service(em, NOW).signIn("editor.one", "nope".toCharArray()));
    SignInResult unknown = db.inTransaction(em -> service(em, NOW).signIn("nobody", PASSWORD));

    assertThat(wrong.outcome()).isEqualTo(SignInResult.Outcome.WRONG_CREDENTIALS);
    assertThat(unknown.outcome()).isEqualTo(SignInResult.Outcome.WRONG_CREDENTIALS);
  }

  @Test
  void repeatedFailuresLockTheAccountEvenAgainstTheRightPasswordUntilTheLockEnds() {
    for (int i = 0; i < Account.MAX_FAILED_ATTEMPTS; i++) {
      db.inTransaction(em -> service(em, NOW).signIn("editor.one", "wrong".toCharArray()));
    }

    SignInResult locked =
        db.inTransaction(em -> service(em, NOW.plusSeconds(60)).signIn("editor.one", PASSWORD));
    SignInResult later =
        db.inTransaction(
            em ->
                service(em, NOW.plus(Account.LOCK_OUT).plusSeconds(1))
                    .signIn("editor.one", PASSWORD));

    assertThat(locked.outcome()).isEqualTo(SignInResult.Outcome.LOCKED);
    assertThat(locked.lockedUntil()).isEqualTo(NOW.plus(Account.LOCK_OUT));
    assertThat(later.isSignedIn()).isTrue();
  }

  @Test
  void aTakenLoginOrWeakPasswordIsRefused() {
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        service(em, NOW)
                            .create("editor.one", "Another", EnumSet.of(Role.EDITOR), PASSWORD)))
        .hasMessageContaining("taken");
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        service(em, NOW)
                            .create(
                                "reviewer",
                                "Reviewer",
                                EnumSet.of(Role.REVIEWER),
                                "short".toCharArray())))
        .hasMessageContaining("at least 12");
    assertThat(db.rows("account")).isEqualTo(1);
  }

  private AccountService service(jakarta.persistence.EntityManager em, Instant now) {
    return new AccountService(
        new JpaAccountRepository(em), hasher, Clock.fixed(now, ZoneOffset.UTC));
  }
}
