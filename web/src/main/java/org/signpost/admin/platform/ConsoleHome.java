package org.signpost.admin.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.signpost.admin.address.ConsolePath;

/**
 * The console's home: {@code /admin/} shows the dashboard ({@code index.xhtml}), as a welcome page
 * would, and {@code /admin} goes there. The Faces servlet takes every other console address by its
 * prefix, which leaves no room for welcome pages.
 */
@WebServlet({ConsolePath.ROOT, ConsolePath.ROOT + "/"})
public class ConsoleHome extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (request.getRequestURI().endsWith("/")) {
      request.getRequestDispatcher(ConsolePath.ROOT + "/index.xhtml").forward(request, response);
    } else {
      String query = request.getQueryString();
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader(
          "Location",
          ConsolePath.of(request.getContextPath()) + "/" + (query == null ? "" : "?" + query));
    }
  }
}
