package org.signpost.admin.signin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.signpost.admin.forms.Messages;
import org.signpost.core.account.PasswordResets;

/** Choosing a new password through a link from a "forgot password" mail. */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PasswordResets resets;
  @Inject Messages messages;

  private String token;
  private Boolean usable;
  private String password;
  private String repeated;

  public void open() {
    if (usable == null) {
      usable = resets.usable(token);
    }
  }

  public String submit() {
    if (password == null || !password.equals(repeated)) {
      messages.refuse("repeated", "refused.password.different");
      password = null;
      repeated = null;
      return null;
    }
    String login =
        messages.attempt("password", () -> resets.complete(token, password.toCharArray()));
    password = null;
    repeated = null;
    if (login == null) {
      return null;
    }
    return "/sign-in?faces-redirect=true&passwordChanged=true";
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    if (usable == null) {
      this.token = token;
    }
  }

  public boolean isUsable() {
    return Boolean.TRUE.equals(usable);
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
