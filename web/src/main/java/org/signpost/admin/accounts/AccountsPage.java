package org.signpost.admin.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.signpost.admin.forms.Messages;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.account.AccountAdministration;
import org.signpost.core.account.AccountChange;
import org.signpost.core.account.AccountRow;
import org.signpost.core.account.Role;

/** The accounts page: the list with its actions, the new-account form and the edit form. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountAdministration administration;
  @Inject CurrentCurator curator;
  @Inject Messages messages;

  private List<AccountRow> accounts = List.of();

  private String login;
  private String displayName;
  private String email;
  private Role[] roles = {Role.EDITOR};
  private String password;

  private String editing;
  private Role[] editRoles = {};
  private String editEmail;
  private String newPassword;

  @PostConstruct
  void open() {
    reload();
  }

  private void reload() {
    List<AccountRow> read = messages.attempt(null, () -> administration.list(curator.actor()));
    accounts = read == null ? List.of() : read;
  }

  public void create() {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    AccountRow created =
        messages.attempt(
            null,
            () ->
                administration.create(
                    login, displayName, email, Set.of(roles), secret, curator.actor()));
    password = null;
    if (created != null) {
      messages.confirm("done.account.created", created.login());
      login = null;
      displayName = null;
      email = null;
      roles = new Role[] {Role.EDITOR};
      reload();
    }
  }

  public void edit(AccountRow row) {
    editing = row.login();
    editRoles = row.roles().toArray(Role[]::new);
    editEmail = row.email();
    newPassword = null;
  }

  /** Saves the roles, address and new password together: a refusal of any changes nothing. */
  public void saveEdit() {
    AccountRow saved =
        messages.attempt(
            null,
            () ->
                administration.change(
                    editing,
                    new AccountChange(
                        Set.of(editRoles),
                        editEmail,
                        newPassword == null || newPassword.isBlank()
                            ? null
                            : newPassword.toCharArray()),
                    curator.actor()));
    newPassword = null;
    if (saved != null) {
      messages.confirm("done.account.saved", editing);
      editing = null;
      reload();
    }
  }

  public void cancelEdit() {
    editing = null;
  }

  public void disable(String account) {
    act(
        () -> administration.disable(account, curator.actor()),
        messages.text("done.account.disabled", account));
  }

  public void enable(String account) {
    act(
        () -> administration.enable(account, curator.actor()),
        messages.text("done.account.enabled", account));
  }

  private void act(Runnable action, String done) {
    if (messages.attempt(null, action)) {
      messages.info(done);
      reload();
    }
  }

  public List<Role> getAllRoles() {
    return List.of(Role.values());
  }

  public List<AccountRow> getAccounts() {
    return accounts;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Role[] getRoles() {
    return roles.clone();
  }

  public void setRoles(Role[] roles) {
    this.roles = roles == null ? new Role[0] : roles.clone();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getEditing() {
    return editing;
  }

  public Role[] getEditRoles() {
    return editRoles.clone();
  }

  public void setEditRoles(Role[] editRoles) {
    this.editRoles = editRoles == null ? new Role[0] : editRoles.clone();
  }

  public String getEditEmail() {
    return editEmail;
  }

  public void setEditEmail(String editEmail) {
    this.editEmail = editEmail;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
