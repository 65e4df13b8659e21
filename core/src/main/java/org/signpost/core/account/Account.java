package org.signpost.core.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.signpost.core.content.PlainText;
import org.signpost.core.validation.Refusal;

/**
 * A curator who signs in to the console. Wrong passwords never lock it: {@link SignInThrottle}
 * slows guessing down instead, so that nobody can lock another person out.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_LOGIN, query = "SELECT a FROM Account a WHERE a.login = :login")
public class Account {

  public static final String BY_LOGIN = "Account.byLogin";
  public static final String LOGIN_PATTERN = "[a-z0-9][a-z0-9._-]{1,59}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotNull
  @Pattern(regexp = LOGIN_PATTERN)
  @Column(nullable = false, unique = true, length = 60)
  private String login;

  @NotBlank
  @Size(max = 120)
  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Size(max = 254)
  @Column(length = 254)
  private String email;

  @NotNull
  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = new HashSet<>();

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "password_must_change", nullable = false)
  private boolean passwordMustChange;

  @Column(name = "sessions_valid_from")
  private Instant sessionsValidFrom;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Account() {}

  /** A new account, created at {@code createdAt} (the service's clock, as every time here). */
  public Account(
      String login, String displayName, Set<Role> roles, String passwordHash, Instant createdAt) {
    this.login = normaliseLogin(login);
    this.displayName = requireDisplayName(displayName);
    changeRoles(roles, createdAt);
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Logins are compared in lower case; the form is letters, digits, dot, hyphen, underscore. */
  public static String normaliseLogin(String login) {
    String normal = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    if (!normal.matches(LOGIN_PATTERN)) {
      throw new Refusal("account.login-form");
    }
    return normal;
  }

  private static String requireDisplayName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > 120) {
      throw new Refusal("account.display-name");
    }
    return PlainText.require(name.strip(), "a name");
  }

  /** Gives the account these roles at {@code at}, ending the sessions signed in before. */
  public final void changeRoles(Set<Role> newRoles, Instant at) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new Refusal("account.needs-a-role");
    }
    roles.clear();
    roles.addAll(newRoles);
    endSessions(at);
  }

  /** Sets the password at {@code at}, ending the sessions signed in before. */
  public void changePassword(String newHash, Instant at) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    this.passwordMustChange = false;
    endSessions(at);
  }

  /**
   * The password was generated and shown somewhere (a log): it lets its owner in only to choose a
   * new one.
   */
  public void requirePasswordChange() {
    this.passwordMustChange = true;
  }

  public boolean passwordMustChange() {
    return passwordMustChange;
  }

  public void changeEmail(String address) {
    this.email = address == null || address.isBlank() ? null : address.strip();
  }

  /** Disables the account at {@code at}, ending its sessions. */
  public void disable(Instant at) {
    this.enabled = false;
    endSessions(at);
  }

  /**
   * Every session signed in before {@code at} is over: the next request there must sign in again.
   */
  private void endSessions(Instant at) {
    this.sessionsValidFrom = Objects.requireNonNull(at, "at");
  }

  /** Whether a session signed in at {@code signedInAt} may go on: enabled, and nothing changed. */
  public boolean allowsSessionFrom(Instant signedInAt) {
    return enabled && (sessionsValidFrom == null || !signedInAt.isBefore(sessionsValidFrom));
  }

  public void enable() {
    this.enabled = true;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String login() {
    return login;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Account a && login.equals(a.login);
  }

  @Override
  public int hashCode() {
    return login.hashCode();
  }

  @Override
  public String toString() {
    return "Account[" + login + "]";
  }
}
