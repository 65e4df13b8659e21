package org.signpost.widgets.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.signpost.core.address.SiteAddress;
import org.signpost.core.content.Slugs;
import org.signpost.core.markup.Templates;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.topic.PublishedTopics;
import org.signpost.core.topic.TopicView;
import org.signpost.widgets.http.InvalidParameterException;
import org.signpost.widgets.http.PublicParameters;
import org.signpost.widgets.http.PublicSite;
import org.signpost.widgets.render.RenderedCache;

/**
 * oEmbed for topic pages: {@code /api/oembed?url=.../topics/{slug}&maxwidth=...&format=json}
 * answers with a {@code rich} embed, the iframe of the topic, so that a site whose editor knows
 * oEmbed embeds a topic from its address alone. An answer is made once per content revision and
 * address asked (topic, key stage, size) and kept in the render cache, so answering it again reads
 * no database and renders no template. Errors are problem details, as everywhere in the API.
 */
@ApplicationScoped
@Path("oembed")
@Produces(MediaType.APPLICATION_JSON)
public class OEmbedResource {

  static final int DEFAULT_WIDTH = 640;
  static final int DEFAULT_HEIGHT = 800;
  private static final int SMALLEST = 100;

  /** About what a kept answer occupies, for the render cache's bound. */
  private static final int EMBED_BYTES = 2 * 1024;

  @Inject PublishedTopics topics;
  @Inject PublicSite site;
  @Inject Templates templates;
  @Inject RenderedCache cache;

  @GET
  public OEmbed embed(
      @QueryParam("url") String url,
      @QueryParam("maxwidth") String maxWidth,
      @QueryParam("maxheight") String maxHeight,
      @QueryParam("format") String format,
      @Context HttpServletRequest request) {
    if (format != null && !format.equals("json")) {
      throw new WebApplicationException("Only format=json is offered.", 501);
    }
    if (url == null || url.isBlank()) {
      throw new InvalidParameterException(
          "url", "url is required: the address of a topic page.", List.of());
    }
    int width = size("maxwidth", maxWidth, DEFAULT_WIDTH);
    int height = size("maxheight", maxHeight, DEFAULT_HEIGHT);
    URI target = address(url);
    KeyStage keyStage = keyStageOf(target.getRawQuery());
    SiteAddress here = site.address(request);
    String slug =
        topicSlug(target, here)
            .orElseThrow(
                () -> new NotFoundException("That address is not a topic page of this site."));
    String query = keyStage == null ? "" : "?key-stage=" + keyStage.code();
    String key = String.join("|", "api", "oembed", here.base(), slug, query, width + "x" + height);
    return cache
        .value(
            key,
            PublishedEmbed.class,
            tag ->
                new PublishedEmbed(
                    topics.publishedTopic(slug).map(t -> rich(t, here, query, width, height))),
            kept -> kept.embed().isPresent(),
            kept -> EMBED_BYTES)
        .embed()
        .orElseThrow(() -> new NotFoundException("That topic is not published."));
  }

  /** The embed of a published topic, or none: what the render cache keeps per address asked. */
  private record PublishedEmbed(Optional<OEmbed> embed) {}

  private OEmbed rich(TopicView topic, SiteAddress here, String query, int width, int height) {
    String slug = topic.slug();
    String embed = here.embed("/embed/topic/" + slug) + query;
    // WordPress shows the quotation's link until the frame speaks to it (embed.js does), and
    // keeps showing it to readers whose browser runs no script; other sites show it as a caption.
    String html =
        templates.render(
            "oembed/iframe.jte",
            Templates.params(
                "src", embed,
                "link", here.topic(slug) + query,
                "title", topic.title(),
                "width", width,
                "height", height));
    return OEmbed.rich(topic.title(), site.serviceName(), here.topics(), html, width, height);
  }

  /** At least {@value #SMALLEST}; a larger maximum than ours is met with ours. */
  private static int size(String name, String value, int ours) {
    return Math.min(PublicParameters.number(name, value, ours, SMALLEST, 100_000), ours);
  }

  private static URI address(String url) {
    try {
      return URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          "url", "url is not an address: " + e.getMessage(), List.of());
    }
  }

  private static Optional<String> topicSlug(URI target, SiteAddress here) {
    URI home = URI.create(here.base());
    boolean sameSite =
        target.getHost() != null
            && target.getHost().equalsIgnoreCase(home.getHost())
            && port(target) == port(home);
    String path = target.getRawPath() == null ? "" : target.getRawPath();
    String prefix = URI.create(here.topics()).getRawPath() + "/";
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

  /** The key stage the page's address asks for, if any. */
  private static KeyStage keyStageOf(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("key-stage=")) {
        String code = URLDecoder.decode(pair.substring(10), StandardCharsets.UTF_8);
        return PublicParameters.term("url", code, KeyStage::parse);
      }
    }
    return null;
  }
}
