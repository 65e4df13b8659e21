package org.signpost.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.signpost.admin.address.ConsolePath;
import org.signpost.core.account.KnownDevices;
import org.signpost.core.account.SessionProofs;
import org.signpost.core.address.ClientAddresses;
import org.signpost.core.setup.SetupSettings;

/**
 * Form sign-in for the console. A person who asks for a console page unsigned is sent to the
 * sign-in page and, once signed in, back to the page asked for ({@link SignInReturn}). Both moves
 * are relative addresses: Jakarta Security's own login-to-continue builds them from the request's
 * {@code Host} header, which anyone can forge. A successful sign-in gets a new session id, so that
 * an id planted before sign-in is worth nothing after it (session fixation), and a proof of that id
 * in a cookie of its own. Later requests of the session are signed in from the {@link
 * CuratorSession} it holds, on whichever instance of a cluster they reach, when they bring the
 * proof: a session id read from where sessions are kept (the data grid) opens nothing alone.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "EDITOR", "REVIEWER"})
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

  static final String SIGN_IN_PAGE = "/sign-in.xhtml";

  /** The Faces partial response that asks the page's script to go to an address ({@code %s}). */
  private static final String PARTIAL_REDIRECT = partialRedirect();

  /** The cookie that marks a browser as one that signed in to the account before. */
  static final String KNOWN_DEVICE = "signpost-device";

  /**
   * The cookie that proves a session id is this browser's ({@link SessionProofs}): the ids are
   * readable wherever sessions are kept, the proof is not.
   */
  static final String SESSION_PROOF = "signpost-session-proof";

  @Inject IdentityStoreHandler identityStores;
  @Inject SignInAttempt attempt;
  @Inject KnownDevices devices;
  @Inject SessionProofs proofs;
  @Inject @ConfigProperties SetupSettings settings;
  @Inject ClientAddresses clients;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      HttpSession session = request.getSession(false);
      CuratorSession curator = CuratorSession.of(session);
      if (curator != null && proofs.proves(session.getId(), cookie(request, SESSION_PROOF))) {
        return context.notifyContainerAboutLogin(curator.login(), curator.roles());
      }
      if (!context.isProtected()) {
        return context.doNothing();
      }
      SignInReturn.remember(request);
      sendToSignIn(request, response, null);
      return AuthenticationStatus.SEND_CONTINUE;
    }
    attempt.from(
        clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")),
        cookie(request, KNOWN_DEVICE));
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    rememberDevice(request, response, result.getCallerPrincipal().getName());
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    new CuratorSession(
            result.getCallerPrincipal().getName(), result.getCallerGroups(), Instant.now())
        .keepIn(request.getSession());
    response.addCookie(
        consoleCookie(request, SESSION_PROOF, proofs.of(request.getSession().getId())));
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * Marks the browser as known to the account, so that the sign-in throttle does not pause it while
   * strangers guess that account's password elsewhere.
   */
  private void rememberDevice(
      HttpServletRequest request, HttpServletResponse response, String login) {
    Cookie mark = consoleCookie(request, KNOWN_DEVICE, devices.mark(login));
    mark.setMaxAge((int) KnownDevices.LIFETIME.toSeconds());
    response.addCookie(mark);
  }

  /** A cookie for the console's pages alone, out of scripts' reach, sent by no other site. */
  private Cookie consoleCookie(HttpServletRequest request, String name, String value) {
    Cookie cookie = new Cookie(name, value);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure() || settings.secureCookies());
    cookie.setPath(ConsolePath.of(request.getContextPath()));
    cookie.setAttribute("SameSite", "Strict");
    return cookie;
  }

  private static String cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (name.equals(cookie.getName())) {
        return cookie.getValue();
      }
    }
    return null;
  }

  /**
   * Sends the request to the sign-in page, with {@code query} (such as {@code signedOut=changed})
   * when not null: a plain redirect to a path, or for a Faces AJAX request the partial response
   * that asks for one.
   */
  static void sendToSignIn(HttpServletRequest request, HttpServletResponse response, String query) {
    String signIn =
        ConsolePath.of(request.getContextPath())
            + SIGN_IN_PAGE
            + (query == null ? "" : "?" + query);
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/xml;charset=UTF-8");
        response.getWriter().write(PARTIAL_REDIRECT.formatted(signIn.replace("&", "&amp;")));
      } else {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", signIn);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String partialRedirect() {
    try (var in = ConsoleAuthentication.class.getResourceAsStream("partial-redirect.xml")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
