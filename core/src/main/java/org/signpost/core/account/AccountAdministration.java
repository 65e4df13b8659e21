package org.signpost.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.validation.Refusal;

/**
 * What administrators do with accounts: create them, change roles and e-mail addresses, disable and
 * enable them, and set a new password. The service never leaves Signpost without an enabled
 * administrator, and every change is kept in the audit log.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Inject AccountRepository accounts;
  @Inject AccountService service;
  @Inject RevisionLog revisions;

  protected AccountAdministration() {}

  public AccountAdministration(
      AccountRepository accounts, AccountService service, RevisionLog revisions) {
    this.accounts = accounts;
    this.service = service;
    this.revisions = revisions;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AccountRow> list(@NotNull Actor actor) {
    actor.require("see accounts", Role.ADMIN);
    return accounts.findAll().stream().map(AccountRow::of).toList();
  }

  /**
   * Creates an account with a first password that meets the policy; the person changes it through
   * "forgot password" or an administrator tells it to them.
   */
  public AccountRow create(
      String login,
      String displayName,
      String email,
      Set<Role> roles,
      char[] password,
      @NotNull Actor actor) {
    actor.require("create accounts", Role.ADMIN);
    String address = requireEmail(email);
    Account account = service.create(login, displayName, roles, password);
    account.changeEmail(address);
    return recorded(account, actor, "Account created as " + Role.describe(account.roles()));
  }

  /**
   * Changes an account's roles, e-mail address and, when one is given, password, together: a change
   * refused in any part (the last administrator's role, an address that is not one, a password the
   * policy refuses) changes nothing. One entry in the audit log says what changed.
   */
  public AccountRow change(String login, @NotNull AccountChange change, @NotNull Actor actor) {
    actor.require("change accounts", Role.ADMIN);
    Account account = find(login);
    List<String> changed = new ArrayList<>();
    if (!account.roles().equals(change.roles())) {
      if (account.roles().contains(Role.ADMIN)
          && !change.roles().contains(Role.ADMIN)
          && account.isEnabled()) {
        requireAnotherAdministrator();
      }
      account.changeRoles(change.roles(), service.now());
      changed.add("Roles changed to " + Role.describe(account.roles()));
    }
    String address = requireEmail(change.email());
    if (!Objects.equals(address, account.email())) {
      account.changeEmail(address);
      changed.add("E-mail address changed");
    }
    if (change.setsPassword()) {
      service.changePassword(account, change.newPassword());
      changed.add("Password reset by an administrator");
    }
    return changed.isEmpty()
        ? AccountRow.of(account)
        : recorded(account, actor, String.join("; ", changed));
  }

  /** Stops the account signing in; administrators cannot disable themselves. */
  public AccountRow disable(String login, @NotNull Actor actor) {
    actor.require("disable accounts", Role.ADMIN);
    Account account = find(login);
    if (account.login().equals(actor.login())) {
      throw new Refusal("account.cannot-disable-yourself");
    }
    if (account.roles().contains(Role.ADMIN) && account.isEnabled()) {
      requireAnotherAdministrator();
    }
    account.disable(service.now());
    return recorded(account, actor, "Disabled");
  }

  public AccountRow enable(String login, @NotNull Actor actor) {
    actor.require("enable accounts", Role.ADMIN);
    Account account = find(login);
    account.enable();
    return recorded(account, actor, "Enabled");
  }

  private void requireAnotherAdministrator() {
    if (accounts.countEnabledWith(Role.ADMIN) <= 1) {
      throw new Refusal("account.last-administrator");
    }
  }

  private static String requireEmail(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String address = email.strip();
    if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
      throw new Refusal("account.not-an-email", address);
    }
    return address;
  }

  private Account find(String login) {
    return accounts
        .findByLogin(Account.normaliseLogin(login))
        .orElseThrow(() -> new Refusal("account.no-such-account", login));
  }

  private AccountRow recorded(Account account, Actor actor, String summary) {
    AccountRow row = AccountRow.of(account);
    revisions.record(
        RevisionSubject.ACCOUNT,
        account.login(),
        actor.login(),
        summary,
        "{\"login\":\""
            + account.login()
            + "\",\"roles\":\""
            + Role.describe(row.roles())
            + "\",\"enabled\":"
            + row.enabled()
            + "}");
    return row;
  }
}
