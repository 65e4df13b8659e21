package org.signpost.admin.topics;

import java.io.Serializable;
import java.time.LocalDate;
import org.signpost.core.topic.EditableTopic;
import org.signpost.core.topic.TopicStatus;

/** Where the opened topic stands: its status, who sent it for review, and its review dates. */
public record TopicStanding(
    TopicStatus status, String submittedBy, LocalDate lastReviewed, LocalDate nextReviewDue)
    implements Serializable {

  static TopicStanding of(EditableTopic topic) {
    return new TopicStanding(
        topic.status(), topic.submittedBy(), topic.lastReviewed(), topic.nextReviewDue());
  }
}
