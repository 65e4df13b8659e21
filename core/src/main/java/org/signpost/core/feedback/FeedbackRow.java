package org.signpost.core.feedback;

import java.io.Serializable;
import java.time.Instant;

/** One answer as the feedback report lists it. */
public record FeedbackRow(
    long id,
    String topic,
    String page,
    boolean helpful,
    String comment,
    boolean commentHidden,
    String site,
    Instant receivedAt)
    implements Serializable {

  public static FeedbackRow of(Feedback feedback) {
    return new FeedbackRow(
        feedback.id(),
        feedback.topicSlug(),
        feedback.page(),
        feedback.helpful(),
        feedback.comment(),
        feedback.isHidden(),
        feedback.siteOrigin(),
        feedback.receivedAt());
  }
}
