package org.signpost.admin.topics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.signpost.core.content.revision.ChangedLine;
import org.signpost.core.topic.CurationStage;
import org.signpost.core.topic.EditableTopic;

/**
 * What the topic editor's status panel shows of the opened topic: its curation stage, who sent it
 * for review, its review dates, and for a published topic with changes waiting, each line of what
 * readers see against the changes.
 */
public record TopicStatusPanel(
    CurationStage stage,
    String submittedBy,
    LocalDate lastReviewed,
    LocalDate nextReviewDue,
    List<ChangedLine> changes)
    implements Serializable {

  static TopicStatusPanel of(EditableTopic topic) {
    return new TopicStatusPanel(
        topic.stage(),
        topic.submittedBy(),
        topic.lastReviewed(),
        topic.nextReviewDue(),
        topic.changes());
  }
}
