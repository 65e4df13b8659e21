package org.signpost.core.topic;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A topic in a list: enough to choose it.
 *
 * @param audience the site area's code, such as {@code professionals}
 * @param status the workflow status's code, such as {@code published}
 */
public record TopicSummary(
    String slug,
    String title,
    String summary,
    String audience,
    String status,
    LocalDate lastReviewed,
    LocalDate nextReviewDue,
    Instant updatedAt) {

  public static TopicSummary of(Topic topic) {
    return new TopicSummary(
        topic.slug(),
        topic.title(),
        topic.summary(),
        topic.audience().code(),
        topic.status().code(),
        topic.lastReviewed(),
        topic.nextReviewDue(),
        topic.updatedAt());
  }
}
