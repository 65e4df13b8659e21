package org.signpost.admin.topics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.signpost.core.content.revision.ChangedLine;
import org.signpost.core.topic.EditableTopic;
import org.signpost.core.topic.TopicStage;

/**
 * Where the opened topic stands: its stage, who sent it for review, its review dates, and for a
 * published topic with changes waiting, each line of what readers see against the changes.
 */
public record TopicStanding(
    TopicStage stage,
    String submittedBy,
    LocalDate lastReviewed,
    LocalDate nextReviewDue,
    List<ChangedLine> changes)
    implements Serializable {

  static TopicStanding of(EditableTopic topic) {
    return new TopicStanding(
        topic.stage(),
        topic.submittedBy(),
        topic.lastReviewed(),
        topic.nextReviewDue(),
        topic.changes());
  }
}
