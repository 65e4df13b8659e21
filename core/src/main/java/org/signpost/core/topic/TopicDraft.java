package org.signpost.core.topic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Everything a curator writes in a topic at once: its details, its sections in order, and the slugs
 * of the resources attached to it, in order.
 */
public record TopicDraft(
    @NotNull @Valid TopicDetails details,
    @NotNull List<@Valid SectionContent> sections,
    @NotNull List<String> resources) {

  public TopicDraft {
    if (details == null) {
      throw new IllegalArgumentException("a topic needs its details");
    }
    sections = sections == null ? List.of() : List.copyOf(sections);
    resources = resources == null ? List.of() : resources.stream().distinct().toList();
  }

  /** What the topic holds now, to start editing from. */
  public static TopicDraft of(Topic topic) {
    return new TopicDraft(
        topic.details(),
        topic.sections().stream().map(Section::content).toList(),
        topic.resources().stream().map(r -> r.slug()).toList());
  }
}
