package org.signpost.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form sign-in for the console. A person who asks for a console page unsigned is sent to the
 * sign-in page and, once signed in, back to the page asked for. A successful sign-in gets a new
 * session id, so that an id planted before sign-in is worth nothing after it (session fixation).
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = false)
@DeclareRoles({"ADMIN", "EDITOR", "REVIEWER"})
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

  static final String SIGN_IN_PAGE = "/sign-in.xhtml";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      // The login-to-continue step sends strangers to the sign-in page, but not after a refused
      // sign-in in the same session, when it would let the container answer an empty 200.
      return context.isProtected()
          ? context.redirect(request.getContextPath() + SIGN_IN_PAGE)
          : context.doNothing();
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    return context.notifyContainerAboutLogin(result);
  }
}
