package org.signpost.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.signpost.core.validation.Refusal;

/** Signs curators in, slowing guessing down, and creates accounts. */
@ApplicationScoped
@Transactional
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @Inject AccountRepository accounts;
  @Inject SignInThrottle throttle;

  PasswordHasher hasher = new PasswordHasher();
  Clock clock = Clock.systemUTC();
  private volatile String decoy;

  protected AccountService() {}

  public AccountService(AccountRepository accounts, PasswordHasher hasher, Clock clock) {
    this(accounts, hasher, clock, new SignInThrottle());
  }

  /** With the throttle that keeps count across calls, as the container's one does. */
  public AccountService(
      AccountRepository accounts, PasswordHasher hasher, Clock clock, SignInThrottle throttle) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.clock = clock;
    this.throttle = throttle;
  }

  /**
   * Checks a login and password, unless the {@link SignInThrottle} says this client or this login
   * has had too many attempts: then nothing is checked, and the answer is the same whether the
   * login exists or not. A disabled account is refused even with the right password.
   *
   * @param client the address the attempt came from
   * @param knownDevice whether the browser signed in to this login before ({@link KnownDevices})
   */
  public SignInResult signIn(String login, char[] password, String client, boolean knownDevice) {
    var now = clock.instant();
    Optional<Duration> wait = throttle.pausedFor(login, client, knownDevice);
    if (wait.isPresent()) {
      return SignInResult.paused(now.plus(wait.get()));
    }
    Optional<Account> found = normalised(login).flatMap(accounts::findByLogin);
    if (found.isEmpty()) {
      hasher.verify(password, decoy());
      throttle.failed(login, client, knownDevice);
      return SignInResult.refused(SignInResult.Outcome.WRONG_CREDENTIALS);
    }
    Account account = found.get();
    if (!hasher.verify(password, account.passwordHash())) {
      LOG.info(() -> "Failed sign-in for account " + account.login());
      throttle.failed(login, client, knownDevice);
      return SignInResult.refused(SignInResult.Outcome.WRONG_CREDENTIALS);
    }
    if (!account.isEnabled()) {
      return SignInResult.refused(SignInResult.Outcome.DISABLED);
    }
    if (account.passwordMustChange()) {
      return SignInResult.mustChangePassword(account);
    }
    return SignInResult.signedIn(account);
  }

  /**
   * Creates an account with a password that meets the policy.
   *
   * @throws IllegalArgumentException when the login is taken or the password is too weak
   */
  public Account create(String login, String displayName, Set<Role> roles, char[] password) {
    String normal = Account.normaliseLogin(login);
    if (accounts.findByLogin(normal).isPresent()) {
      throw new Refusal("account.login-taken", normal);
    }
    PasswordPolicy.problem(normal, password)
        .ifPresent(
            problem -> {
              throw new Refusal("account.password-policy", problem);
            });
    return accounts.store(
        new Account(normal, displayName, roles, hasher.hash(password), clock.instant()));
  }

  /** The time by the service's clock, the one every change of an account is dated by. */
  Instant now() {
    return clock.instant();
  }

  /**
   * Gives the account a new password that meets the policy.
   *
   * @throws IllegalArgumentException saying what the policy asks
   */
  public void changePassword(Account account, char[] password) {
    PasswordPolicy.problem(account.login(), password)
        .ifPresent(
            problem -> {
              throw new Refusal("account.password-policy", problem);
            });
    account.changePassword(hasher.hash(password), clock.instant());
  }

  /**
   * Whether a session that signed in as {@code login} at {@code signedInAt} may go on: the account
   * still exists and is enabled, and neither its roles nor its password changed since.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isSessionCurrent(String login, Instant signedInAt) {
    return accounts.findByLogin(login).map(a -> a.allowsSessionFrom(signedInAt)).orElse(false);
  }

  public long count() {
    return accounts.count();
  }

  private static Optional<String> normalised(String login) {
    try {
      return Optional.of(Account.normaliseLogin(login));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String decoy() {
    if (decoy == null) {
      decoy = hasher.decoy();
    }
    return decoy;
  }
}
