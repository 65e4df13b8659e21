package org.signpost.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.signpost.admin.address.ConsolePath;

/**
 * The console page a person asked for before signing in, kept in their session as a path on this
 * host, so that signing in takes them back to it and never anywhere else.
 */
public final class SignInReturn {

  private static final String ATTRIBUTE = SignInReturn.class.getName();

  private SignInReturn() {}

  /** Keeps the page asked for; only a page that was read, since a form post cannot be replayed. */
  static void remember(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return;
    }
    String query = request.getQueryString();
    request
        .getSession()
        .setAttribute(ATTRIBUTE, request.getRequestURI() + (query == null ? "" : "?" + query));
  }

  /** Where to go once signed in: the page kept, once, or the dashboard. */
  public static String take(HttpServletRequest request) {
    String home = ConsolePath.of(request.getContextPath()) + "/";
    HttpSession session = request.getSession(false);
    if (session == null) {
      return home;
    }
    Object kept = session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    return kept instanceof String path
            && isPathInTheConsole(path, ConsolePath.of(request.getContextPath()))
        ? path
        : home;
  }

  /** A path in the console: "//host/..." or "/\host" would leave it for another host. */
  private static boolean isPathInTheConsole(String path, String console) {
    return path.startsWith(console + "/")
        && !path.startsWith("//")
        && !path.startsWith("/\\")
        && !path.endsWith(ConsoleAuthentication.SIGN_IN_PAGE);
  }
}
