package org.signpost.core.resource;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;
import org.signpost.core.validation.Refusal;

/**
 * A search of the resource catalogue; every part is optional and the parts combine with "and".
 * Archived resources are never found.
 *
 * @param topic the slug of a topic the resource belongs to
 * @param text words to find in the title, the description or the provider's name, ignoring case
 */
public record ResourceQuery(
    String topic,
    KeyStage keyStage,
    Audience audience,
    ResourceType type,
    @Size(max = ResourceQuery.MAX_TEXT) String text)
    implements Serializable {

  public static final int MAX_TEXT = 200;

  public ResourceQuery {
    topic = blankToNull(topic);
    text = blankToNull(text);
    if (text != null && text.length() > MAX_TEXT) {
      throw new Refusal("resource.search-text-too-long", MAX_TEXT);
    }
  }

  /** A query that finds every resource in use. */
  public static ResourceQuery all() {
    return new ResourceQuery(null, null, null, null, null);
  }

  public ResourceQuery withTopic(String slug) {
    return new ResourceQuery(slug, keyStage, audience, type, text);
  }

  public ResourceQuery withKeyStage(KeyStage stage) {
    return new ResourceQuery(topic, stage, audience, type, text);
  }

  public ResourceQuery withAudience(Audience wanted) {
    return new ResourceQuery(topic, keyStage, wanted, type, text);
  }

  public ResourceQuery withType(ResourceType wanted) {
    return new ResourceQuery(topic, keyStage, audience, wanted, text);
  }

  public ResourceQuery withText(String words) {
    return new ResourceQuery(topic, keyStage, audience, type, words);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
