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
import java.util.Optional;
import org.signpost.core.address.ClientAddresses;
import org.signpost.core.limit.ClientSlots;
import org.signpost.core.publication.CachePolicy;

/**
 * A request with a body (feedback, the no-script form) is taken only while its client has a free
 * {@link ClientSlots slot}; otherwise it is answered 429 at once, before its body is read, and the
 * connection is closed. Slow bodies from one client then hold a few request threads, not all.
 */
@WebFilter("/*")
public class BodySlotsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PROBLEM =
      "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
          + "\"detail\":\"This client already has as many requests in progress as it may. Wait for"
          + " them to end, then try again.\"}";

  @Inject transient ClientSlots slots;
  @Inject transient ClientAddresses clients;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!ClientSlots.hasBody(
        request.getContentLengthLong(), request.getHeader("Transfer-Encoding"))) {
      chain.doFilter(request, response);
      return;
    }
    String client = clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    Optional<ClientSlots.Slot> slot = slots.take(client);
    if (slot.isPresent()) {
      try (ClientSlots.Slot held = slot.get()) {
        chain.doFilter(request, response);
      }
    } else {
      response.setStatus(429);
      response.setHeader("Retry-After", "5");
      response.setHeader("Connection", "close");
      response.setHeader("Cache-Control", CachePolicy.NO_STORE);
      response.setContentType(Problem.MEDIA_TYPE);
      response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
    }
  }
}
