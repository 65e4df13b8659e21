package org.signpost.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import org.signpost.admin.address.ConsolePath;
import org.signpost.core.account.AccountService;
import org.signpost.core.persistence.DatabaseFaults;

/**
 * Every signed-in request checks its account again: a session whose account was disabled, whose
 * roles changed or whose password was set after it signed in ends there, and the person is sent to
 * the sign-in page with a word of why. One look-up by login per console page or action; the styles
 * and scripts a page loads are not console content (the sign-in page loads them unsigned), so they
 * are not looked up again.
 */
@WebFilter(ConsolePath.ALL)
public class CurrentAccountFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  @Inject transient AccountService accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    HttpSession session = request.getSession(false);
    if (caller != null
        && session != null
        && !request
            .getRequestURI()
            .startsWith(ConsolePath.of(request.getContextPath()) + FACES_RESOURCES)
        && !isCurrent(caller.getName(), session)) {
      session.invalidate();
      request.logout();
      ConsoleAuthentication.sendToSignIn(request, response, "signedOut=changed");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean isCurrent(String login, HttpSession session) {
    CuratorSession curator = CuratorSession.of(session);
    try {
      return curator != null
          && curator.login().equals(login)
          && accounts.isSessionCurrent(login, curator.signedInAt());
    } catch (RuntimeException e) {
      if (DatabaseFaults.isUnreachable(e)) {
        // The page cannot be shown either: it answers that the database is away.
        return true;
      }
      throw e;
    }
  }
}
