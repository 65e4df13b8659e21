package org.signpost.widgets.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.signpost.core.address.ClientAddresses;
import org.signpost.core.address.HostPort;
import org.signpost.core.address.PublicAddresses;
import org.signpost.core.publication.CachePolicy;
import org.signpost.widgets.platform.HealthServlet;

/**
 * A request that names a host Signpost does not answer for (see {@code signpost.allowed-hosts}) is
 * answered 400 before anything renders, and so is one naming a port the request did not come to
 * (see {@link HostPort}), so that a forged {@code Host} never reaches a link, an embed snippet, a
 * feed or the cache of rendered pages. The health probes answer any host: a load balancer asks an
 * instance by its own address, and they render nothing that names a host.
 */
@WebFilter("/*")
public class UnlistedHostFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PROBLEM =
      "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
          + "\"detail\":\"Signpost does not answer for this host name.\"}";

  @Inject transient PublicAddresses addresses;
  @Inject transient ClientAddresses clients;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (HealthServlet.isProbe(request)
        || addresses.answersFor(request.getServerName())
            && HostPort.accepted(
                request.getHeader("Host"),
                request.getLocalPort(),
                clients.isTrustedProxy(request.getRemoteAddr()))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setHeader("Cache-Control", CachePolicy.NO_STORE);
    response.setContentType(Problem.MEDIA_TYPE);
    // Bytes, not a writer, so that the container adds no charset to the problem's media type.
    response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
  }
}
