package org.signpost.widgets.widget;

import static org.signpost.core.markup.Templates.params;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.signpost.core.markup.Templates;
import org.signpost.core.taxonomy.UnknownTermException;
import org.signpost.widgets.http.PublicParameters;
import org.signpost.widgets.http.PublicResponse;
import org.signpost.widgets.http.PublicSite;
import org.signpost.widgets.render.Rendered;
import org.signpost.widgets.render.RenderedCache;

/**
 * The iframe embeds, {@code /embed/topic/{slug}}, {@code /embed/resources} and {@code
 * /embed/feedback}: whole accessible documents around the same fragments the script widgets show.
 * They run no script but a small one that tells the host page their height; which sites may frame
 * them is set by {@code SIGNPOST_FRAME_ANCESTORS}.
 */
@WebServlet("/embed/*")
public class EmbedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient WidgetRenderings renderings;
  @Inject transient RenderedCache cache;
  @Inject transient PublicSite site;
  @Inject transient Templates templates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PublicResponse.embedHeaders(response, site.frameAncestors());
    String base = site.address(request).base();
    WidgetRequest widget;
    try {
      widget = WidgetRequest.from(request.getPathInfo(), request);
    } catch (UnknownWidgetException e) {
      PublicResponse.send(request, response, page(base, "Not found", e.getMessage(), "light", 404));
      return;
    } catch (UnknownTermException e) {
      PublicResponse.send(
          request, response, page(base, "Bad request", WidgetRequest.refusal(e), "light", 400));
      return;
    } catch (IllegalArgumentException e) {
      PublicResponse.send(
          request, response, page(base, "Bad request", e.getMessage(), "light", 400));
      return;
    }
    String outcome =
        PublicParameters.oneOf(request.getParameter("feedback"), "", "thanks", "choose", "invalid");
    // Built from what was understood, not from the query as typed: the rendering is kept under the
    // widget's key, so anything else in the address would reach the next visitor.
    String self = request.getRequestURI() + widget.query();
    Rendered rendered =
        cache.get(
            "embed|" + base + "|" + widget.cacheKey() + "|" + outcome,
            tag ->
                renderings
                    .render(widget, base, self, outcome)
                    .map(
                        f ->
                            Rendered.text(
                                templates.render(
                                    "embed/document.jte",
                                    params(
                                        "base", base,
                                        "title", f.title(),
                                        "theme", widget.theme(),
                                        "content", Templates.rendered(f.html()))),
                                "text/html;charset=UTF-8",
                                tag,
                                cache.currentRevision()))
                    .orElseGet(
                        () ->
                            page(
                                base,
                                "Not found",
                                "This topic is not published.",
                                widget.theme(),
                                404)));
    PublicResponse.send(request, response, rendered);
  }

  private Rendered page(String base, String title, String message, String theme, int status) {
    return Rendered.text(
            templates.render(
                "embed/message.jte",
                params("base", base, "title", title, "theme", theme, "message", message)),
            "text/html;charset=UTF-8",
            null,
            cache.currentRevision())
        .withStatus(status);
  }
}
