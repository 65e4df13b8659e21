package org.signpost.admin.address;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.signpost.core.address.ClientAddresses;
import org.signpost.core.address.HostPort;
import org.signpost.core.address.PublicAddresses;

/**
 * A console request that names a host Signpost does not answer for (see {@code
 * signpost.allowed-hosts}), or a port the request did not come to (see {@link HostPort}), is
 * answered 400 before any page renders: a "forgot password" asked for through a forged {@code Host}
 * sends no mail, and no preview or embed snippet carries that host. The sign-in redirects before
 * this are relative ({@code relativeRedirectAllowed} in glassfish-web.xml), so they carry no host
 * either. With the console on a host of its own, it answers on that host only.
 */
@WebFilter("/*")
public class UnlistedHostFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient PublicAddresses addresses;
  @Inject transient ClientAddresses clients;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (addresses.consoleAnswersFor(request.getServerName())
        && HostPort.accepted(
            request.getHeader("Host"),
            request.getLocalPort(),
            clients.isTrustedProxy(request.getRemoteAddr()))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write("Signpost does not answer for this host name.\n");
  }
}
