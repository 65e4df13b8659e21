package org.signpost.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import org.signpost.core.validation.Refusal;

/**
 * "Forgot password": a single-use link, valid for {@link #LIFETIME}, mailed to the account's
 * address, at most a few an hour ({@link ResetRequestLimit}); each ends the account's earlier
 * links. Asking never tells whether an account exists or a mail went; using a link sets a password
 * that meets the policy and ends every other link of the account.
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
  @Inject ResetRequestLimit limit;

  Clock clock = Clock.systemUTC();

  protected PasswordResets() {}

  public PasswordResets(
      EntityManager em,
      AccountRepository accounts,
      AccountService service,
      ResetMail mail,
      ResetRequestLimit limit,
      Clock clock) {
    this.em = em;
    this.accounts = accounts;
    this.service = service;
    this.mail = mail;
    this.limit = limit;
    this.clock = clock;
  }

  /**
   * Mails a link to the account with this login or e-mail address, when there is an enabled one
   * with an address and neither the client nor the account has used up its allowance; otherwise
   * does nothing, silently. A new link ends the account's earlier ones: only the latest mail works.
   *
   * @param client the address of the client that asked, as its limits know it
   * @param linkBase the reset page's address, to which the token is added
   */
  public void request(String loginOrEmail, String client, String linkBase) {
    if (!limit.clientMayAsk(client)) {
      LOG.info("A password reset was not mailed: the client asked too often");
      return;
    }
    Optional<Account> account = find(loginOrEmail);
    if (account.isEmpty() || account.get().email() == null || !account.get().isEnabled()) {
      LOG.info("A password reset was asked for an unknown, disabled or address-less account");
      return;
    }
    if (!limit.accountMayReceive(account.get())) {
      LOG.info("A password reset was not mailed: the account was sent links recently");
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
            .orElseThrow(() -> new Refusal("account.no-password-to-change", login));
    return issue(account);
  }

  private String issue(Account account) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    Account managed = locked(account);
    endLinks(managed, now);
    em.persist(new PasswordReset(managed, token, now, now.plus(LIFETIME)));
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
            .orElseThrow(() -> new Refusal("account.reset-link-spent"));
    Account account = locked(reset.account());
    service.changePassword(account, password);
    endLinks(account, now);
    reset.use(now);
    return account.login();
  }

  /**
   * The account, its row locked until the transaction ends, so that of two links made at once the
   * later one ends the earlier. Locking reloads the account: lock before changing it.
   */
  private Account locked(Account account) {
    Account managed = em.contains(account) ? account : em.merge(account);
    em.lock(managed, LockModeType.PESSIMISTIC_WRITE);
    return managed;
  }

  /** Every link of the account that still works stops working. */
  private void endLinks(Account account, Instant now) {
    em.createQuery(
            "UPDATE PasswordReset r SET r.usedAt = :now WHERE r.account = :account"
                + " AND r.usedAt IS NULL")
        .setParameter("now", now)
        .setParameter("account", account)
        .executeUpdate();
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
