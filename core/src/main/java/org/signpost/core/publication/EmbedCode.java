package org.signpost.core.publication;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.signpost.core.address.SiteAddress;
import org.signpost.core.content.Slugs;
import org.signpost.core.markup.Templates;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.validation.Refusal;

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
    String theme)
    implements Serializable {

  public static final List<String> THEMES = List.of("light", "dark", "auto");

  public EmbedCode {
    base = new SiteAddress(base).base();
    if (kind == null) {
      throw new Refusal("embed.choose-a-kind");
    }
    topic = topic == null || topic.isBlank() ? null : Slugs.require(topic.strip());
    if (kind == WidgetKind.TOPIC && topic == null) {
      throw new Refusal("embed.choose-a-topic");
    }
    theme = theme == null || theme.isBlank() ? "light" : theme.strip().toLowerCase(Locale.ROOT);
    if (!THEMES.contains(theme)) {
      throw new Refusal("embed.theme", THEMES);
    }
  }

  /** The element alone, as the page's body holds it. */
  public String element() {
    return Templates.renderOnce("snippets/element.jte", Templates.params("code", this));
  }

  /** The script, once per page, and the element. */
  public String script() {
    return Templates.renderOnce("snippets/script.jte", Templates.params("code", this));
  }

  /** The iframe, and the script that sizes it when the site may load one. */
  public String iframe() {
    return Templates.renderOnce("snippets/iframe.jte", Templates.params("code", this));
  }

  /** The oEmbed address of the topic's page, for a whole topic; empty otherwise. */
  public String oembed() {
    return topic == null ? "" : address().oembed(address().topic(topic));
  }

  /** Signpost's public addresses, from {@link #base}. */
  public SiteAddress address() {
    return new SiteAddress(base);
  }

  /** The key stage's code where this kind of widget takes one, otherwise null (no attribute). */
  public String keyStageAttribute() {
    return keyStage == null || kind == WidgetKind.FEEDBACK ? null : keyStage.code();
  }

  /** The audience's code where this kind of widget takes one, otherwise null. */
  public String audienceAttribute() {
    return audience == null || kind != WidgetKind.RESOURCES ? null : audience.code();
  }

  /** The theme when it is not the usual light one, otherwise null. */
  public String themeAttribute() {
    return theme.equals("light") ? null : theme;
  }

  /** The iframe's address: the embed and its choices as query parameters. */
  public String iframeSource() {
    List<String> query = new ArrayList<>();
    if (topic != null && kind != WidgetKind.TOPIC) {
      query.add("topic=" + topic);
    }
    if (keyStageAttribute() != null) {
      query.add("key-stage=" + keyStageAttribute());
    }
    if (audienceAttribute() != null) {
      query.add("audience=" + audienceAttribute());
    }
    if (themeAttribute() != null) {
      query.add("theme=" + theme);
    }
    String path =
        switch (kind) {
          case TOPIC -> "/embed/topic/" + topic;
          case RESOURCES -> "/embed/resources";
          case FEEDBACK -> "/embed/feedback";
        };
    return address().embed(path) + (query.isEmpty() ? "" : "?" + String.join("&", query));
  }

  /** The iframe's title, naming the topic and the kind of widget. */
  public String iframeTitle() {
    return (topicTitle == null ? "Signpost" : topicTitle) + " - " + kind.label();
  }
}
