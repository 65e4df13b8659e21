package org.signpost.widgets.widget;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.signpost.core.markup.Templates;
import org.signpost.core.taxonomy.UnknownTermException;
import org.signpost.widgets.http.PublicResponse;
import org.signpost.widgets.http.PublicSite;
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
    // An address seen before is answered before any parsing; it only ever points to a rendering
    // kept under what it is made from.
    String address =
        "fragment|" + base + "|" + request.getPathInfo() + "?" + request.getQueryString();
    Optional<Rendered> sent = cache.sentFor(address);
    if (sent.isPresent()) {
      PublicResponse.send(request, response, sent.get());
      return;
    }
    WidgetRequest widget;
    try {
      widget = WidgetRequest.from(request.getPathInfo(), request);
    } catch (UnknownWidgetException e) {
      PublicResponse.send(request, response, message(e.getMessage(), 404));
      return;
    } catch (UnknownTermException e) {
      PublicResponse.send(request, response, message(WidgetRequest.refusal(e), 400));
      return;
    } catch (IllegalArgumentException e) {
      PublicResponse.send(request, response, message(e.getMessage(), 400));
      return;
    }
    // Kept under what the fragment is made from, not the address as typed: parameters a visitor
    // adds make no entry of their own.
    String key = "fragment|" + base + "|" + widget.cacheKey();
    Rendered rendered = cache.get(key, tag -> render(widget, base, tag));
    cache.remember(address, rendered);
    PublicResponse.send(request, response, rendered);
  }

  private Rendered render(WidgetRequest widget, String base, String tag) {
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
