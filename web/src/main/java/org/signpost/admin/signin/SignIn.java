package org.signpost.admin.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.signpost.admin.address.ConsolePath;
import org.signpost.admin.security.SignInAttempt;
import org.signpost.admin.security.SignInReturn;
import org.signpost.core.account.PasswordResets;
import org.signpost.core.account.SignInResult;

/** The sign-in form: checks the details and says plainly why a sign-in was refused. */
@Named
@RequestScoped
public class SignIn {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject ExternalContext external;
  @Inject SignInAttempt attempt;
  @Inject PasswordResets resets;

  @NotBlank
  @Size(max = 60)
  private String login;

  @NotBlank
  @Size(max = 200)
  private String password;

  public void submit() throws IOException {
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(login, new Password(password))));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS ->
          external.redirect(SignInReturn.take((HttpServletRequest) external.getRequest()));
      default -> refuse();
    }
  }

  private void refuse() throws IOException {
    var mustChange =
        attempt.result().filter(r -> r.outcome() == SignInResult.Outcome.PASSWORD_MUST_CHANGE);
    if (mustChange.isPresent()) {
      String token = resets.issueAfterSignIn(mustChange.get().login());
      external.redirect(
          ConsolePath.of(external.getRequestContextPath())
              + "/reset-password.xhtml?first=true&token="
              + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
      return;
    }
    ResourceBundle text = faces.getApplication().getResourceBundle(faces, "text");
    if (attempt.wasDatabaseAway()) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, text.getString("signIn.databaseAway"), null));
      return;
    }
    String message =
        attempt
            .result()
            .map(
                result ->
                    switch (result.outcome()) {
                      case PAUSED ->
                          text.getString("signIn.paused")
                              .formatted(
                                  TIME.format(result.tryAgainAt().atZone(ZoneId.systemDefault())));
                      case DISABLED -> text.getString("signIn.disabled");
                      default -> text.getString("signIn.wrong");
                    })
            .orElse(text.getString("signIn.wrong"));
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** For the page: whether the person was refused, to set focus and announce the message. */
  public boolean isRefused() {
    return attempt.result().map(SignInResult::isSignedIn).map(signedIn -> !signedIn).orElse(false);
  }
}
