package org.signpost.widgets.widget;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.signpost.core.content.Slugs;
import org.signpost.core.resource.ResourceQuery;
import org.signpost.core.resource.WebAddress;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;
import org.signpost.core.taxonomy.UnknownTermException;
import org.signpost.core.validation.WholeNumbers;
import org.signpost.widgets.http.PublicParameters;
import org.signpost.widgets.render.WidgetViews;

/**
 * What a widget asks for, read from its address and parameters: which widget, for what, and how it
 * looks. Terms are read leniently by core; what means nothing is refused.
 *
 * @param slug the topic for a topic widget, or the topic filter of a resources or feedback widget
 * @param page the page a feedback widget is about
 * @param theme {@code light}, {@code dark} or {@code auto}
 */
public record WidgetRequest(
    Kind kind,
    String slug,
    KeyStage keyStage,
    Audience audience,
    ResourceType type,
    int limit,
    String page,
    String theme) {

  /** The three widgets. */
  public enum Kind {
    TOPIC,
    RESOURCES,
    FEEDBACK
  }

  /** What a refused term accepts, without repeating what was typed. */
  static String refusal(UnknownTermException e) {
    return "That "
        + e.vocabulary()
        + " is not one we know; accepted: "
        + String.join(", ", e.accepted());
  }

  /**
   * Reads {@code /topic/{slug}}, {@code /resources} or {@code /feedback} with their parameters.
   *
   * @throws IllegalArgumentException saying what is wrong, for a 400
   * @throws UnknownWidgetException for an address that names no widget, for a 404
   */
  public static WidgetRequest from(String path, HttpServletRequest request) {
    String tail = PublicParameters.tail(path);
    String[] parts = tail.split("/", -1);
    Kind kind;
    String slug;
    switch (parts[0]) {
      case "topic" -> {
        if (parts.length != 2 || !Slugs.isValid(parts[1])) {
          throw new UnknownWidgetException();
        }
        kind = Kind.TOPIC;
        slug = parts[1];
      }
      case "resources", "feedback" -> {
        if (parts.length != 1) {
          throw new UnknownWidgetException();
        }
        kind = parts[0].equals("resources") ? Kind.RESOURCES : Kind.FEEDBACK;
        slug = topicFilter(request.getParameter("topic"));
      }
      default -> throw new UnknownWidgetException();
    }
    return new WidgetRequest(
        kind,
        slug,
        PublicParameters.term(request.getParameter("key-stage"), KeyStage::parse).orElse(null),
        PublicParameters.term(request.getParameter("audience"), Audience::parse).orElse(null),
        PublicParameters.term(request.getParameter("type"), ResourceType::parse).orElse(null),
        limit(request.getParameter("limit")),
        page(request.getParameter("page"), slug),
        PublicParameters.oneOf(
            request.getParameter("theme") == null
                ? null
                : request.getParameter("theme").toLowerCase(Locale.ROOT),
            "light",
            "light",
            "dark",
            "auto"));
  }

  /**
   * A key that tells renderings apart: everything that changes the bytes, which is the widget's
   * kind and topic and the {@link #query()} it was asked with.
   */
  public String cacheKey() {
    return kind + "|" + slug + "|" + query();
  }

  /**
   * The query string that asks for exactly this widget, such as {@code ?topic=x&key-stage=ks3}: the
   * parameters it was read from, and nothing else a visitor added, so that what a rendering links
   * back to is the same for every request it is kept for.
   */
  public String query() {
    java.util.StringJoiner query = new java.util.StringJoiner("&", "?", "");
    if (kind != Kind.TOPIC && slug != null) {
      query.add("topic=" + slug);
    }
    if (keyStage != null) {
      query.add("key-stage=" + keyStage.code());
    }
    if (audience != null) {
      query.add("audience=" + audience.code());
    }
    if (type != null) {
      query.add("type=" + type.code());
    }
    query.add("limit=" + limit);
    query.add("page=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8));
    query.add("theme=" + theme);
    return query.toString();
  }

  public ResourceQuery resourceQuery() {
    return new ResourceQuery(slug, keyStage, audience, type, null);
  }

  private static String topicFilter(String topic) {
    if (blank(topic)) {
      return null;
    }
    if (!Slugs.isValid(topic.strip())) {
      throw new IllegalArgumentException(
          "topic must be a topic's slug: lower-case words joined by hyphens");
    }
    return topic.strip();
  }

  private static int limit(String value) {
    return WholeNumbers.within("limit", value, WidgetViews.DEFAULT_LIMIT, 1, WidgetViews.MAX_LIMIT);
  }

  /** The page a feedback widget is about: a path, or the topic's page when none is given. */
  private static String page(String value, String slug) {
    if (blank(value)) {
      return slug == null ? "/" : "/topics/" + slug;
    }
    String page = value.strip();
    if (page.length() > 500 || !(page.startsWith("/") || WebAddress.isValid(page))) {
      throw new IllegalArgumentException(
          "page must be the page's path, such as /health/relationships, or its web address");
    }
    return page;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
