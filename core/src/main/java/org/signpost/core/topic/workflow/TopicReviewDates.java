package org.signpost.core.topic.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import org.signpost.core.account.Actor;
import org.signpost.core.content.revision.ChangeRecorder;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.markup.PeopleDates;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.topic.ReviewCycle;
import org.signpost.core.topic.Topic;
import org.signpost.core.topic.TopicAction;
import org.signpost.core.topic.TopicRepository;
import org.signpost.core.topic.TopicView;

/**
 * When a published topic's content was last checked and is next due to be (reviewers and
 * administrators): readers see both dates, so each change moves the content revision and keeps a
 * revision in the topic's history.
 */
@ApplicationScoped
@Transactional
public class TopicReviewDates {

  @Inject TopicRepository topics;
  @Inject ChangeRecorder changes;
  @Inject ResourceRepository resources;
  @Inject HeldChanges held;

  Clock clock = Clock.systemUTC();

  private TopicChanges reviewed;

  protected TopicReviewDates() {}

  /** For use outside a container, in the caller's transaction. */
  public TopicReviewDates(
      TopicRepository topics,
      ResourceRepository resources,
      ContentRevision contentRevision,
      RevisionLog revisions,
      Clock clock) {
    this.topics = topics;
    this.resources = resources;
    this.changes = new ChangeRecorder(revisions, contentRevision);
    this.held = new HeldChanges(revisions, topics);
    this.clock = clock;
    prepare();
  }

  @PostConstruct
  void prepare() {
    reviewed = new TopicChanges(changes, held, topics, new TopicContent(resources));
  }

  /** Records that a published topic's content was checked today: next due after the cycle. */
  public TopicView markReviewed(@NotBlank String slug, @NotNull Actor actor) {
    TopicAction.MARK_REVIEWED.require(actor);
    Topic topic = reviewed.find(slug);
    topic.markReviewed(LocalDate.now(clock), ReviewCycle.DEFAULT);
    return saved(
        topic,
        actor,
        "Marked as reviewed; next review due " + PeopleDates.date(topic.nextReviewDue()));
  }

  /** Sets the date a published topic's next review falls due, within one cycle from today. */
  public TopicView scheduleReview(
      @NotBlank String slug, @NotNull LocalDate next, @NotNull Actor actor) {
    TopicAction.MARK_REVIEWED.require(actor);
    Topic topic = reviewed.find(slug);
    topic.scheduleReview(LocalDate.now(clock), next, ReviewCycle.DEFAULT);
    return saved(topic, actor, "Next review set for " + PeopleDates.date(next));
  }

  private TopicView saved(Topic topic, Actor actor, String summary) {
    return TopicView.of(reviewed.saved(topic, TopicAction.MARK_REVIEWED, actor, summary));
  }
}
