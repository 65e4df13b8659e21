package org.signpost.admin.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.signpost.admin.address.ConsolePath;

/**
 * The console's own error page ({@code error.xhtml}, in the console's frame and words) for an
 * address of the console the server could not serve: the application's error pages are the public
 * side's (its web-fragment.xml), and this takes the console's on their way there.
 */
@WebFilter(urlPatterns = "/errors/page", dispatcherTypes = DispatcherType.ERROR)
public class ConsoleErrors extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String asked = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String console = ConsolePath.of(request.getContextPath());
    if (asked != null && (asked.equals(console) || asked.startsWith(console + "/"))) {
      request.getRequestDispatcher(ConsolePath.ROOT + "/error.xhtml").forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
