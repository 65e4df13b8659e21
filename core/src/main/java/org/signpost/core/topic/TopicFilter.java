package org.signpost.core.topic;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.validation.Refusal;

/**
 * What a curator narrows the topic list to; every part is optional.
 *
 * @param text words to find in the title, slug or owner, ignoring case
 */
public record TopicFilter(
    @Size(max = TopicFilter.MAX_TEXT) String text, TopicStatus status, Audience audience)
    implements Serializable {

  public static final int MAX_TEXT = 200;

  public TopicFilter {
    text = text == null || text.isBlank() ? null : text.strip();
    if (text != null && text.length() > MAX_TEXT) {
      throw new Refusal("topic.search-text-too-long", MAX_TEXT);
    }
  }

  public static TopicFilter none() {
    return new TopicFilter(null, null, null);
  }
}
