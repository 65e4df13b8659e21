package org.signpost.admin.signin;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.signpost.admin.address.RequestAddresses;
import org.signpost.core.account.PasswordResets;
import org.signpost.core.address.ClientAddresses;

/**
 * "Forgot password": asks for a link by login or e-mail address, and always answers the same way
 * and as fast, so that the page tells nobody which accounts exist: the link is made and mailed on
 * the server's managed executor after the answer, and a mail that cannot be sent is logged for the
 * administrators.
 */
@Named
@RequestScoped
public class ForgotPassword {

  private static final Logger LOG = Logger.getLogger(ForgotPassword.class.getName());

  @Inject PasswordResets resets;

  @Inject RequestAddresses addresses;

  @Inject ClientAddresses clients;

  @Inject FacesContext faces;

  @Resource ManagedExecutorService executor;

  private String who;
  private boolean sent;

  public void submit() {
    String asked = who;
    String linkBase = addresses.console().passwordResetLinkBase();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    String client = clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    executor.execute(
        () -> {
          try {
            resets.request(asked, client, linkBase);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A password reset link could not be sent: " + e.getMessage());
          }
        });
    sent = true;
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
