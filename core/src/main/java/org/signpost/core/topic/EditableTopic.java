package org.signpost.core.topic;

import java.time.LocalDate;

/**
 * A topic as its editor opens it: what it holds, where it stands in the workflow, and the version
 * the editor's save will be based on.
 *
 * @param submittedBy who sent it for review, while it is in review
 */
public record EditableTopic(
    String slug,
    long version,
    TopicStatus status,
    String submittedBy,
    LocalDate lastReviewed,
    LocalDate nextReviewDue,
    TopicDraft draft) {

  public static EditableTopic of(Topic topic) {
    return new EditableTopic(
        topic.slug(),
        topic.version(),
        topic.status(),
        topic.submittedBy(),
        topic.lastReviewed(),
        topic.nextReviewDue(),
        TopicDraft.of(topic));
  }

  /** What this curator may do with the topic now. */
  public TopicActions actionsFor(org.signpost.core.account.Actor actor) {
    return TopicActions.of(status, submittedBy, actor);
  }
}
