package org.signpost.core.topic;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.signpost.core.taxonomy.Audience;

/** A topic as one row of the curators' list. */
public record TopicRow(
    String slug,
    String title,
    TopicStatus status,
    Audience audience,
    String owner,
    LocalDate nextReviewDue,
    Instant updatedAt)
    implements Serializable {

  public static TopicRow of(Topic topic) {
    return new TopicRow(
        topic.slug(),
        topic.title(),
        topic.status(),
        topic.audience(),
        topic.owner(),
        topic.nextReviewDue(),
        topic.updatedAt());
  }
}
