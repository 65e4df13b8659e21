package org.signpost.widgets.pages;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.signpost.core.markup.Templates;
import org.signpost.core.publication.CachePolicy;
import org.signpost.widgets.http.PublicResponse;
import org.signpost.widgets.http.PublicSite;

/**
 * The public side's answer to an address or request it cannot serve (web.xml's error pages): one of
 * our own pages, in the site's frame and with its headers, saying what went wrong in plain words,
 * instead of the server's report naming itself and its exceptions. An address under the API gets
 * problem details instead of a page.
 */
@WebServlet("/errors/page")
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Inject transient Templates templates;
  @Inject transient PublicSite site;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = status(request);
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
      LOG.log(Level.WARNING, "A public request failed: " + request.getRequestURI(), failure);
    }
    response.setStatus(status);
    response.setHeader("Cache-Control", CachePolicy.NO_STORE);
    response.setHeader("X-Content-Type-Options", "nosniff");
    String asked = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (asked != null && asked.startsWith(request.getContextPath() + "/api/")) {
      problem(response, status);
      return;
    }
    PublicResponse.pageHeaders(response);
    response.setContentType("text/html;charset=UTF-8");
    if ("HEAD".equals(request.getMethod())) {
      return;
    }
    String base = site.address(request).base();
    Wording wording = Wording.of(status);
    response
        .getWriter()
        .write(
            templates.render(
                "pages/error.jte",
                Templates.params(
                    "frame",
                    site.frame(base, wording.heading(), null, null),
                    "heading",
                    wording.heading(),
                    "message",
                    wording.message())));
  }

  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer value && value >= 400 ? value : 500;
  }

  private static void problem(HttpServletResponse response, int status) throws IOException {
    Wording wording = Wording.of(status);
    response.setContentType("application/problem+json");
    response
        .getOutputStream()
        .write(
            ("{\"type\":\"about:blank\",\"title\":\""
                    + wording.heading()
                    + "\",\"status\":"
                    + status
                    + ",\"detail\":\""
                    + wording.message()
                    + "\"}")
                .getBytes(StandardCharsets.UTF_8));
  }

  /** What a reader is told for a status: never the server's name or its exceptions. */
  record Wording(String heading, String message) {
    static Wording of(int status) {
      return switch (status) {
        case 400 -> new Wording("Bad request", "This address or form could not be understood.");
        case 403 -> new Wording("Not allowed", "This page cannot be shown here.");
        case 404 -> new Wording("Page not found", "There is no page at this address.");
        case 405 ->
            new Wording(
                "Not allowed", "This address cannot be used that way. Try following a link.");
        case 429 -> new Wording("Too many requests", "Please wait a few seconds, then try again.");
        case 503 ->
            new Wording("This page is not available just now", "Please try again in a minute.");
        default ->
            new Wording(
                "Sorry, something went wrong",
                "We could not show this page. Please try again in a minute.");
      };
    }
  }
}
