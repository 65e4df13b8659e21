package org.signpost.admin.embed;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.signpost.admin.address.RequestAddresses;
import org.signpost.admin.forms.Messages;
import org.signpost.core.publication.EmbedCode;
import org.signpost.core.publication.WidgetKind;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.topic.TopicChoice;
import org.signpost.core.topic.TopicStatus;
import org.signpost.core.topic.TopicsForCurators;

/**
 * The embed builder: a curator chooses a widget, a published topic, a key stage, an audience and a
 * theme, and gets the snippets for a school's site with a live preview of that very widget.
 */
@Named
@ViewScoped
public class EmbedBuilder implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TopicsForCurators topics;
  @Inject Messages messages;

  @Inject RequestAddresses addresses;

  private List<TopicChoice> published;
  private String base;
  private WidgetKind kind = WidgetKind.RESOURCES;
  private String topic;
  private KeyStage keyStage;
  private Audience audience;
  private String theme = "light";
  private EmbedCode code;

  @PostConstruct
  void open() {
    published = topics.choices(TopicStatus.PUBLISHED);
    if (!published.isEmpty()) {
      topic = published.get(0).slug();
    }
    base = publicBase();
    build();
  }

  /** Builds the snippets for what is chosen; a choice that does not fit says why. */
  public void build() {
    String title =
        published.stream()
            .filter(t -> t.slug().equals(topic))
            .map(TopicChoice::title)
            .findFirst()
            .orElse(null);
    EmbedCode built =
        messages.attempt(
            "topic", () -> new EmbedCode(base, kind, topic, title, keyStage, audience, theme));
    if (built != null) {
      code = built;
    }
  }

  private String publicBase() {
    return addresses.site().base();
  }

  public EmbedCode getCode() {
    return code;
  }

  public String getBase() {
    return base;
  }

  public List<TopicChoice> getPublished() {
    return published;
  }

  public List<WidgetKind> getKinds() {
    return List.of(WidgetKind.values());
  }

  public List<KeyStage> getKeyStages() {
    return List.of(KeyStage.values());
  }

  public List<Audience> getAudiences() {
    return List.of(Audience.values());
  }

  public List<String> getThemes() {
    return EmbedCode.THEMES;
  }

  public WidgetKind getKind() {
    return kind;
  }

  public void setKind(WidgetKind kind) {
    this.kind = kind;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public KeyStage getKeyStage() {
    return keyStage;
  }

  public void setKeyStage(KeyStage keyStage) {
    this.keyStage = keyStage;
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }
}
