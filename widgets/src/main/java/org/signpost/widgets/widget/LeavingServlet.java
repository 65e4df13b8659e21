package org.signpost.widgets.widget;

import static org.signpost.core.markup.Templates.params;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.signpost.core.markup.Templates;
import org.signpost.core.publication.CachePolicy;
import org.signpost.core.resource.ResourceCatalogue;
import org.signpost.widgets.http.PublicResponse;
import org.signpost.widgets.http.PublicSite;

/**
 * {@code /go?to=address}: sends the reader on to an address that Signpost's pages link to (a public
 * resource, an organisation's home page, the quick exit's neutral site), and to no other. A
 * WordPress embed needs it: WordPress opens a link from the frame it sandboxes only when the link
 * is on the frame's own host, so the embed reports its outside links by way of this one.
 */
@WebServlet("/go")
public class LeavingServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ResourceCatalogue catalogue;
  @Inject transient PublicSite site;
  @Inject transient Templates templates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String to = request.getParameter("to");
    Optional<String> listed =
        site.quickExitAddress().equals(to) ? Optional.of(to) : catalogue.listedAddress(to);
    response.setHeader("Cache-Control", CachePolicy.NO_STORE);
    response.setHeader("Referrer-Policy", "no-referrer");
    PublicResponse.pageHeaders(response);
    if (listed.isPresent()) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", listed.get());
      return;
    }
    byte[] body =
        templates
            .render(
                "pages/notFound.jte",
                params(
                    "frame",
                    site.frame(site.address(request).base(), "Not a Signpost link", null, null),
                    "message",
                    "Signpost sends readers on only to the resources and organisations its pages"
                        + " list."))
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
