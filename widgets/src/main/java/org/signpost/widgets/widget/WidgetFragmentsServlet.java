package org.signpost.widgets.widget;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.signpost.core.markup.Templates;
import org.signpost.core.taxonomy.UnknownTermException;
import org.signpost.widgets.http.PublicResponse;
import org.signpost.widgets.pages.PublicSite;
import org.signpost.widgets.render.Rendered;
import org.signpost.widgets.render.RenderedCache;

/**
 * The HTML fragments the loader script fetches for its elements, from the cache: {@code
 * /widgets/v1/fragments/topic/{slug}}, {@code .../resources} and {@code .../feedback}.
 */
@WebServlet("/widgets/v1/fragments/*")
public class WidgetFragmentsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String HTML = "text/html;charset=UTF-8";

  @Inject transient WidgetRenderings renderings;
  @Inject transient RenderedCache cache;
  @Inject transient PublicSite site;
  @Inject transient Templates templates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PublicResponse.crossOriginHeaders(response);
    String base = site.address(request).base();
    // Keyed by the address as asked, so that a kept fragment is found before any parsing.
    String key = "fragment|" + base + "|" + request.getPathInfo() + "?" + request.getQueryString();
    Rendered rendered = cache.get(key, tag -> render(request, base, tag));
    PublicResponse.send(request, response, rendered);
  }

  private Rendered render(HttpServletRequest request, String base, String tag) {
    WidgetRequest widget;
    try {
      widget = WidgetRequest.from(request.getPathInfo(), request);
    } catch (UnknownWidgetException e) {
      return message(e.getMessage(), 404);
    } catch (UnknownTermException e) {
      return message(WidgetRequest.refusal(e), 400);
    } catch (IllegalArgumentException e) {
      return message(e.getMessage(), 400);
    }
    return renderings
        .render(widget, base, widget.page(), null)
        .map(f -> Rendered.text(f.html(), HTML, tag, cache.currentRevision()))
        .orElseGet(() -> message("This topic is not published.", 404));
  }

  private Rendered message(String text, int status) {
    String html = templates.render("fragments/message.jte", Templates.params("message", text));
    return Rendered.text(html, HTML, null, cache.currentRevision()).withStatus(status);
  }
}
