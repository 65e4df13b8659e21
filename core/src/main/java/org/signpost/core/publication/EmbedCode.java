package org.signpost.core.publication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.signpost.core.content.Slugs;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;

/**
 * The snippets a site pastes to embed one widget: the script and element, the iframe for sites
 * without scripts, and the oEmbed address for editors that embed from an address. Built from
 * checked values only (slugs, codes), so every snippet is safe to paste and to show.
 *
 * @param base the public address of Signpost, such as {@code https://signpost.example}
 * @param topic a topic's slug; required for {@link WidgetKind#TOPIC}, optional otherwise
 * @param theme {@code light}, {@code dark} or {@code auto}
 */
public record EmbedCode(
    String base,
    WidgetKind kind,
    String topic,
    String topicTitle,
    KeyStage keyStage,
    Audience audience,
    String theme) {

  public static final List<String> THEMES = List.of("light", "dark", "auto");

  public EmbedCode {
    base = base == null ? "" : base.strip().replaceAll("/+$", "");
    if (kind == null) {
      throw new IllegalArgumentException("Choose a kind of widget.");
    }
    topic = topic == null || topic.isBlank() ? null : Slugs.require(topic.strip());
    if (kind == WidgetKind.TOPIC && topic == null) {
      throw new IllegalArgumentException("Choose the topic to show.");
    }
    theme = theme == null || theme.isBlank() ? "light" : theme.strip().toLowerCase(Locale.ROOT);
    if (!THEMES.contains(theme)) {
      throw new IllegalArgumentException("A theme is one of " + THEMES + ".");
    }
  }

  /** The element alone, as the page's body holds it. */
  public String element() {
    List<String> attributes = new ArrayList<>();
    if (kind == WidgetKind.TOPIC) {
      attributes.add("slug=\"" + topic + "\"");
    } else if (topic != null) {
      attributes.add("topic=\"" + topic + "\"");
    }
    if (keyStage != null && kind != WidgetKind.FEEDBACK) {
      attributes.add("key-stage=\"" + keyStage.code() + "\"");
    }
    if (audience != null && kind == WidgetKind.RESOURCES) {
      attributes.add("audience=\"" + audience.code() + "\"");
    }
    if (!theme.equals("light")) {
      attributes.add("theme=\"" + theme + "\"");
    }
    String joined = attributes.isEmpty() ? "" : " " + String.join(" ", attributes);
    return "<" + kind.element() + joined + "></" + kind.element() + ">";
  }

  /** The script, once per page, and the element. */
  public String script() {
    return "<script src=\"" + base + "/widgets/v1/signpost.js\" async></script>\n" + element();
  }

  /** The iframe, and the script that sizes it when the site may load one. */
  public String iframe() {
    List<String> query = new ArrayList<>();
    if (topic != null && kind != WidgetKind.TOPIC) {
      query.add("topic=" + topic);
    }
    if (keyStage != null && kind != WidgetKind.FEEDBACK) {
      query.add("key-stage=" + keyStage.code());
    }
    if (audience != null && kind == WidgetKind.RESOURCES) {
      query.add("audience=" + audience.code());
    }
    if (!theme.equals("light")) {
      query.add("theme=" + theme);
    }
    String path =
        switch (kind) {
          case TOPIC -> "/embed/topic/" + topic;
          case RESOURCES -> "/embed/resources";
          case FEEDBACK -> "/embed/feedback";
        };
    String src = base + path + (query.isEmpty() ? "" : "?" + String.join("&amp;", query));
    String title = (topicTitle == null ? "Signpost" : topicTitle) + " - " + kind.label();
    return "<iframe src=\""
        + src
        + "\"\n        title=\""
        + escaped(title)
        + "\" width=\"100%\" height=\"600\"\n        loading=\"lazy\"></iframe>\n"
        + "<script src=\""
        + base
        + "/widgets/v1/embed-host.js\" async></script>";
  }

  /** The oEmbed address of the topic's page, for a whole topic; empty otherwise. */
  public String oembed() {
    if (topic == null) {
      return "";
    }
    String page = base + "/topics/" + topic;
    return base + "/oembed?format=json&url=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
