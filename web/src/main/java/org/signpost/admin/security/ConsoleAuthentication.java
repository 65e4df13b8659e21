package org.signpost.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Form sign-in for the console. A person who asks for a console page unsigned is sent to the
 * sign-in page and, once signed in, back to the page asked for ({@link SignInReturn}). Both moves
 * are relative addresses: Jakarta Security's own login-to-continue builds them from the request's
 * {@code Host} header, which anyone can forge. A successful sign-in gets a new session id, so that
 * an id planted before sign-in is worth nothing after it (session fixation).
 */
@ApplicationScoped
@AutoApplySession
@DeclareRoles({"ADMIN", "EDITOR", "REVIEWER"})
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

  static final String SIGN_IN_PAGE = "/sign-in.xhtml";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      if (!context.isProtected()) {
        return context.doNothing();
      }
      SignInReturn.remember(request);
      sendToSignIn(request, response);
      return AuthenticationStatus.SEND_CONTINUE;
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

  /** A plain redirect, or for a Faces AJAX request the partial response that asks for one. */
  private static void sendToSignIn(HttpServletRequest request, HttpServletResponse response) {
    String signIn = request.getContextPath() + SIGN_IN_PAGE;
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/xml;charset=UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn
                    + "\"></redirect></partial-response>");
      } else {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", signIn);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
