package org.signpost.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.signpost.core.persistence.SignpostUnit;

/**
 * "Forgot password": a single-use link, valid for {@link #LIFETIME}, mailed to the account's
 * address. Asking never tells whether an account exists; using a link sets a password that meets
 * the policy, lifts any lock-out and ends every other link of the account.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

  public static final Duration LIFETIME = Duration.ofMinutes(30);

  private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  @Inject AccountRepository accounts;
  @Inject AccountService service;
  @Inject ResetMail mail;

  Clock clock = Clock.systemUTC();

  protected PasswordResets() {}

  public PasswordResets(
      EntityManager em,
      AccountRepository accounts,
      AccountService service,
      ResetMail mail,
      Clock clock) {
    this.em = em;
    this.accounts = accounts;
    this.service = service;
    this.mail = mail;
    this.clock = clock;
  }

  /**
   * Mails a link to the account with this login or e-mail address, when there is an enabled one
   * with an address; otherwise does nothing, silently.
   *
   * @param linkBase the reset page's address, to which the token is added
   */
  public void request(String loginOrEmail, String linkBase) {
    Optional<Account> account = find(loginOrEmail);
    if (account.isEmpty() || account.get().email() == null || !account.get().isEnabled()) {
      LOG.info("A password reset was asked for an unknown, disabled or address-less account");
      return;
    }
    mail.send(account.get().email(), account.get().displayName(), linkBase + issue(account.get()));
  }

  /**
   * A reset for someone who has just given the right password, but one that must change (the
   * generated first administrator's): the token goes straight to the page that replaces it.
   *
   * @throws IllegalArgumentException when no account has the login
   */
  public String issueAfterSignIn(String login) {
    Account account =
        accounts
            .findByLogin(login)
            .filter(Account::passwordMustChange)
            .orElseThrow(
                () -> new IllegalArgumentException("no password must change for " + login));
    return issue(account);
  }

  private String issue(Account account) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    em.persist(new PasswordReset(account, token, now, now.plus(LIFETIME)));
    return token;
  }

  /** Whether the link still works, for the reset page to say so before anything is typed. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean usable(String token) {
    return reset(token).map(r -> r.usableAt(clock.instant())).orElse(false);
  }

  /**
   * Sets the new password through a link.
   *
   * @throws IllegalArgumentException when the link is unknown, used or expired, or the password
   *     does not meet the policy (the link then still works)
   */
  public String complete(String token, char[] password) {
    Instant now = clock.instant();
    PasswordReset reset =
        reset(token)
            .filter(r -> r.usableAt(now))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "This link has expired or was already used. Ask for a new one."));
    Account account = reset.account();
    service.changePassword(account, password);
    em.createQuery(
            "UPDATE PasswordReset r SET r.usedAt = :now WHERE r.account = :account"
                + " AND r.usedAt IS NULL")
        .setParameter("now", now)
        .setParameter("account", account)
        .executeUpdate();
    reset.use(now);
    return account.login();
  }

  private Optional<PasswordReset> reset(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash", PasswordReset.class)
        .setParameter("hash", PasswordReset.hash(token.strip()))
        .getResultStream()
        .findFirst();
  }

  private Optional<Account> find(String loginOrEmail) {
    if (loginOrEmail == null || loginOrEmail.isBlank()) {
      return Optional.empty();
    }
    String wanted = loginOrEmail.strip().toLowerCase(Locale.ROOT);
    if (wanted.contains("@")) {
      return accounts.findByEmail(wanted);
    }
    return wanted.matches(Account.LOGIN_PATTERN) ? accounts.findByLogin(wanted) : Optional.empty();
  }
}
