package org.signpost.widgets.widget;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.signpost.core.content.Slugs;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.UnknownTermException;
import org.signpost.core.topic.TopicCatalogue;
import org.signpost.core.topic.TopicView;
import org.signpost.widgets.http.PublicResponse;
import org.signpost.widgets.pages.Parameters;
import org.signpost.widgets.pages.SiteSettings;
import org.signpost.widgets.render.Rendered;
import org.signpost.widgets.render.RenderedCache;

/**
 * oEmbed for topic pages: {@code /oembed?url=.../topics/{slug}&maxwidth=...&format=json} answers
 * with a {@code rich} embed, the iframe of the topic, so that a site whose editor knows oEmbed
 * embeds a topic from its address alone.
 */
@WebServlet("/oembed")
public class OEmbedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final int DEFAULT_WIDTH = 640;
  static final int DEFAULT_HEIGHT = 800;
  private static final String JSON = "application/json;charset=UTF-8";

  @Inject transient TopicCatalogue topics;
  @Inject transient RenderedCache cache;
  @Inject transient SiteSettings site;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PublicResponse.crossOriginHeaders(response);
    String format = request.getParameter("format");
    if (format != null && !format.equals("json")) {
      PublicResponse.send(request, response, problem(501, "Only format=json is offered."));
      return;
    }
    String url = request.getParameter("url");
    if (url == null || url.isBlank()) {
      PublicResponse.send(
          request, response, problem(400, "url is required: the address of a topic page."));
      return;
    }
    int width;
    int height;
    KeyStage keyStage;
    URI target;
    try {
      width = bound(request.getParameter("maxwidth"), DEFAULT_WIDTH);
      height = bound(request.getParameter("maxheight"), DEFAULT_HEIGHT);
      target = URI.create(url.strip());
      keyStage = keyStageOf(target.getRawQuery());
    } catch (IllegalArgumentException e) {
      PublicResponse.send(request, response, problem(400, e.getMessage()));
      return;
    }
    String base = site.baseUrl(request);
    Optional<String> slug = topicSlug(target, base);
    if (slug.isEmpty()) {
      PublicResponse.send(
          request, response, problem(404, "That address is not a topic page of this site."));
      return;
    }
    String embed =
        base
            + "/embed/topic/"
            + slug.get()
            + (keyStage == null ? "" : "?key-stage=" + keyStage.code());
    Rendered rendered =
        cache.get(
            "oembed|" + embed + "|" + width + "x" + height,
            tag ->
                topics
                    .publishedTopic(slug.get())
                    .map(
                        topic ->
                            Rendered.text(
                                json(topic, embed, base, width, height).toString(),
                                JSON,
                                tag,
                                cache.currentRevision()))
                    .orElseGet(() -> problem(404, "That topic is not published.")));
    PublicResponse.send(request, response, rendered);
  }

  private JsonObject json(TopicView topic, String embed, String base, int width, int height) {
    String html =
        "<iframe src=\""
            + WidgetFragmentsServlet.escape(embed)
            + "\" title=\""
            + WidgetFragmentsServlet.escape(topic.title())
            + "\" width=\""
            + width
            + "\" height=\""
            + height
            + "\" loading=\"lazy\"></iframe>";
    return Json.createObjectBuilder()
        .add("version", "1.0")
        .add("type", "rich")
        .add("title", topic.title())
        .add("provider_name", site.serviceName())
        .add("provider_url", base + "/topics")
        .add("cache_age", 3600)
        .add("html", html)
        .add("width", width)
        .add("height", height)
        .build();
  }

  private Rendered problem(int status, String detail) {
    String body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add(
                "title",
                status == 404 ? "Not Found" : status == 501 ? "Not Implemented" : "Bad Request")
            .add("status", status)
            .add("detail", detail)
            .build()
            .toString();
    return Rendered.text(body, "application/problem+json", null, cache.currentRevision())
        .withStatus(status);
  }

  private static Optional<String> topicSlug(URI target, String base) {
    URI home = URI.create(base);
    boolean sameSite =
        target.getHost() != null
            && target.getHost().equalsIgnoreCase(home.getHost())
            && port(target) == port(home);
    String path = target.getRawPath() == null ? "" : target.getRawPath();
    String prefix = (home.getRawPath() == null ? "" : home.getRawPath()) + "/topics/";
    if (!sameSite || !path.startsWith(prefix)) {
      return Optional.empty();
    }
    String slug = path.substring(prefix.length());
    return Slugs.isValid(slug) ? Optional.of(slug) : Optional.empty();
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static KeyStage keyStageOf(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("key-stage=")) {
        try {
          return Parameters.keyStage(
                  java.net.URLDecoder.decode(
                      pair.substring(10), java.nio.charset.StandardCharsets.UTF_8))
              .orElse(null);
        } catch (UnknownTermException e) {
          throw new IllegalArgumentException(e.getMessage());
        }
      }
    }
    return null;
  }

  private static int bound(String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number < 100) {
        throw new IllegalArgumentException("maxwidth and maxheight must be 100 or more");
      }
      return Math.min(number, fallback);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("maxwidth and maxheight must be whole numbers");
    }
  }
}
