package org.signpost.core.topic;

import java.time.LocalDate;
import java.util.List;
import org.signpost.core.account.Actor;
import org.signpost.core.content.revision.ChangedLine;

/**
 * A topic as its editor opens it: what the editor works on (for a published topic with changes held
 * aside, those changes), where it stands in the workflow, and the version the editor's save will be
 * based on.
 *
 * @param submittedBy who sent it, or its changes, for review, while they are in review
 * @param changers who changed it since it was last published
 * @param draft what the editor works on: the held changes of a published topic, else the topic
 * @param changes for a published topic with changes held aside, each line of the version readers
 *     see against the changes; otherwise empty
 */
public record EditableTopic(
    String slug,
    long version,
    TopicStatus status,
    CurationStage stage,
    String submittedBy,
    List<String> changers,
    LocalDate lastReviewed,
    LocalDate nextReviewDue,
    TopicDraft draft,
    List<ChangedLine> changes) {

  public EditableTopic {
    changers = List.copyOf(changers);
    changes = List.copyOf(changes);
  }

  /** The topic as it is stored, with nothing held aside. */
  public static EditableTopic of(Topic topic) {
    return of(topic, TopicDraft.of(topic), List.of());
  }

  /** The topic with what its editor works on and how that differs from what readers see. */
  public static EditableTopic of(Topic topic, TopicDraft draft, List<ChangedLine> changes) {
    return new EditableTopic(
        topic.slug(),
        topic.version(),
        topic.status(),
        topic.stage(),
        topic.submittedBy(),
        topic.changers(),
        topic.lastReviewed(),
        topic.nextReviewDue(),
        draft,
        changes);
  }

  /** What this curator may do with the topic now. */
  public AllowedTopicActions actionsFor(Actor actor) {
    return AllowedTopicActions.of(stage, submittedBy, changers, actor);
  }
}
