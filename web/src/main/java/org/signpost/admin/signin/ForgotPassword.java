package org.signpost.admin.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.signpost.admin.console.Messages;
import org.signpost.admin.console.PublicAddress;
import org.signpost.core.account.PasswordResets;

/**
 * "Forgot password": asks for a link by login or e-mail address, and always answers the same way,
 * so that the page tells nobody which accounts exist.
 */
@Named
@RequestScoped
public class ForgotPassword {

  @Inject PasswordResets resets;
  @Inject Messages messages;
  @Inject ExternalContext external;

  @Inject PublicAddress address;

  private String who;
  private boolean sent;

  public void submit() {
    sent = messages.attempt(null, () -> resets.request(who, linkBase()));
  }

  private String linkBase() {
    return address.console((HttpServletRequest) external.getRequest())
        + "/reset-password.xhtml?token=";
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public boolean isSent() {
    return sent;
  }
}
