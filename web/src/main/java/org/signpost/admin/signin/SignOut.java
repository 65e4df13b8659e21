package org.signpost.admin.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.signpost.admin.address.ConsolePath;

/** Ends the session and returns to the sign-in page. */
@Named
@RequestScoped
public class SignOut {

  @Inject ExternalContext external;

  public void submit() throws ServletException, IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(
        ConsolePath.of(external.getRequestContextPath()) + "/sign-in.xhtml?signedOut=true");
  }
}
