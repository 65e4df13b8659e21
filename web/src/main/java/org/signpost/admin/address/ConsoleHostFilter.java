package org.signpost.admin.address;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.signpost.core.address.PublicAddresses;

/**
 * With the console on a host of its own ({@code signpost.console-url}), a console request that
 * names any other host is answered 400 before any page renders, so that no page of the public host
 * can reach the console as its own origin. Every request of the application, the console's
 * included, has already passed the public side's check of the host and port it names (unlisted
 * hosts and forged ports are refused there): a "forgot password" asked for through a forged {@code
 * Host} sends no mail, and no preview or embed snippet carries that host. The sign-in redirects are
 * relative ({@code relativeRedirectAllowed} in glassfish-web.xml), so they carry no host either.
 */
@WebFilter(ConsolePath.ALL)
public class ConsoleHostFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient PublicAddresses addresses;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (addresses.consoleAnswersFor(request.getServerName())) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write("Signpost does not answer for this host name.\n");
  }
}
