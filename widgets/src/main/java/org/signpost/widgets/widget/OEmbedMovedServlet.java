package org.signpost.widgets.widget;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.signpost.widgets.http.PublicResponse;

/**
 * oEmbed's first address, {@code /oembed}, kept for the sites that stored it: a permanent redirect
 * to the content API's {@code /api/oembed} with the same query.
 */
@WebServlet("/oembed")
public class OEmbedMovedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    PublicResponse.crossOriginHeaders(response);
    String query = request.getQueryString();
    response.setStatus(308);
    response.setHeader(
        "Location", request.getContextPath() + "/api/oembed" + (query == null ? "" : "?" + query));
  }
}
