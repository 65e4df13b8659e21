package org.signpost.widgets.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.signpost.core.markup.Templates;
import org.signpost.core.persistence.DatabaseFaults;

/**
 * A public page, embed, fragment or feed that was never rendered before the database went away
 * cannot be rendered now: it answers 503 with {@code Retry-After} and a page that says so, rather
 * than a server error, so that caches keep what they have and readers know to come back.
 */
@WebFilter(
    urlPatterns = {
      "/topics",
      "/topics/*",
      "/embed/*",
      "/widgets/v1/fragments/*",
      "/feeds/*",
      "/preview/*"
    })
public class DatabaseAwayFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient Templates templates;
  @Inject transient PublicSite site;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseFaults.isUnreachable(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      response.setStatus(DatabaseAway.STATUS);
      DatabaseAway.headers().forEach(response::setHeader);
      response.setContentType("text/html;charset=UTF-8");
      String base = site.address(request).base();
      response
          .getWriter()
          .write(
              templates.render(
                  "pages/unavailable.jte",
                  Templates.params(
                      "frame", site.frame(base, "Not available just now", null, null))));
    }
  }
}
