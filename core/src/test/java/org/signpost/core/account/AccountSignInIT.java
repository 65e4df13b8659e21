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
    SignInResult result =
        db.inTransaction(em -> service(em, NOW).signIn("EDITOR.one", PASSWORD, HERE, false));

    assertThat(result.isSignedIn()).isTrue();
    assertThat(result.login()).isEqualTo("editor.one");
    assertThat(result.roles()).containsExactly(Role.EDITOR);
  }

  @Test
  void aWrongPasswordOrUnknownLoginIsRefusedAlike() {
    SignInResult wrong =
        db.inTransaction(
            em -> service(em, NOW).signIn("editor.one", "nope".toCharArray(), HERE, false));
    SignInResult unknown =
        db.inTransaction(em -> service(em, NOW).signIn("nobody", PASSWORD, HERE, false));

    assertThat(wrong.outcome()).isEqualTo(SignInResult.Outcome.WRONG_CREDENTIALS);
    assertThat(unknown.outcome()).isEqualTo(SignInResult.Outcome.WRONG_CREDENTIALS);
  }

  @Test
  void aStrangersGuessingPausesOnlyThemAndReadsTheSameForAnyLogin() {
    String stranger = "203.0.113.9";
    for (int i = 0; i < 10; i++) {
      assertThat(attempt("editor.one", "guess " + i, stranger, false).outcome())
          .isEqualTo(SignInResult.Outcome.WRONG_CREDENTIALS);
      assertThat(attempt("nobody", "guess " + i, "203.0.113.10", false).outcome())
          .isEqualTo(SignInResult.Outcome.WRONG_CREDENTIALS);
    }

    SignInResult paused = attempt("editor.one", new String(PASSWORD), stranger, false);
    SignInResult pausedUnknown = attempt("nobody", "guess", "203.0.113.10", false);
    SignInResult fromElsewhere = attempt("editor.one", "guess", "198.51.100.7", false);
    SignInResult newLaptop = attempt("editor.one", new String(PASSWORD), "198.51.100.8", false);
    SignInResult curator = attempt("editor.one", new String(PASSWORD), "198.51.100.20", true);

    assertThat(paused.outcome())
        .as("not even the right password is checked while paused")
        .isEqualTo(SignInResult.Outcome.PAUSED);
    assertThat(pausedUnknown.outcome())
        .as("a login nobody has is paused alike")
        .isEqualTo(SignInResult.Outcome.PAUSED);
    assertThat(fromElsewhere.outcome())
        .as("another address that has not failed there is checked")
        .isEqualTo(SignInResult.Outcome.WRONG_CREDENTIALS);
    assertThat(newLaptop.isSignedIn())
        .as("the curator on a new laptop elsewhere is not paused by the stranger")
        .isTrue();
    assertThat(paused.tryAgainAt()).isAfter(NOW).isBefore(NOW.plusSeconds(70));
    assertThat(curator.isSignedIn()).as("the curator's own browser is never paused").isTrue();
  }

  @Test
  void oneClientTryingManyLoginsIsPausedToo() {
    String stranger = "203.0.113.50";
    for (int i = 0; i < 20; i++) {
      attempt("login-" + i, "guess", stranger, false);
    }

    assertThat(attempt("editor.one", new String(PASSWORD), stranger, true).outcome())
        .isEqualTo(SignInResult.Outcome.PAUSED);
    assertThat(attempt("editor.one", new String(PASSWORD), "198.51.100.20", false).isSignedIn())
        .isTrue();
  }

  @Test
  void aGeneratedPasswordSignsNobodyInUntilItIsReplaced() {
    db.run(
        em ->
            new JpaAccountRepository(em)
                .findByLogin("editor.one")
                .orElseThrow()
                .requirePasswordChange());

    SignInResult first = attempt("editor.one", new String(PASSWORD), HERE, false);

    assertThat(first.isSignedIn()).isFalse();
    assertThat(first.outcome()).isEqualTo(SignInResult.Outcome.PASSWORD_MUST_CHANGE);
    assertThat(first.roles()).isEmpty();
    assertThat(attempt("editor.one", "not it", HERE, false).outcome())
        .as("a wrong password says nothing of the change")
        .isEqualTo(SignInResult.Outcome.WRONG_CREDENTIALS);

    db.run(
        em -> {
          var account = new JpaAccountRepository(em).findByLogin("editor.one").orElseThrow();
          service(em, NOW).changePassword(account, "a replacement passphrase".toCharArray());
        });
    assertThat(attempt("editor.one", "a replacement passphrase", HERE, false).isSignedIn())
        .isTrue();
  }

  @Test
  void aKnownDeviceMarkHoldsForItsLoginOnlyAndCannotBeForged() {
    String mark =
        db.inTransaction(em -> new KnownDevices(em, Clock.fixed(NOW, ZoneOffset.UTC)).mark("ann"));

    assertThat(recognised(mark, "ann", NOW)).isTrue();
    assertThat(recognised(mark, "ANN ", NOW)).isTrue();
    assertThat(recognised(mark, "bob", NOW)).isFalse();
    assertThat(recognised(mark.replace("~ann~", "~bob~"), "bob", NOW)).isFalse();
    assertThat(recognised(mark, "ann", NOW.plus(KnownDevices.LIFETIME))).isFalse();
    assertThat(recognised("device~ann~99999999999~forged", "ann", NOW)).isFalse();
  }

  private boolean recognised(String mark, String login, Instant at) {
    return db.inTransaction(
        em -> new KnownDevices(em, Clock.fixed(at, ZoneOffset.UTC)).recognises(mark, login));
  }

  private final SignInThrottle throttle = new SignInThrottle();

  private SignInResult attempt(String login, String password, String client, boolean known) {
    return db.inTransaction(
        em ->
            new AccountService(
                    new JpaAccountRepository(em),
                    hasher,
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    throttle)
                .signIn(login, password.toCharArray(), client, known));
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

  private static final String HERE = "192.0.2.1";

  private AccountService service(jakarta.persistence.EntityManager em, Instant now) {
    return new AccountService(
        new JpaAccountRepository(em), hasher, Clock.fixed(now, ZoneOffset.UTC));
  }
}
