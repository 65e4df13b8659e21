package org.signpost.core.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.signpost.core.content.review.ReviewedContent;
import org.signpost.core.content.review.SecondPairOfEyes;
import org.signpost.core.markup.PeopleDates;
import org.signpost.core.validation.Refusal;

/**
 * Where a topic stands in its workflow and the moves between: its status, who sent it for review,
 * who changed it since it was last published, the revision holding changes to a published topic
 * that readers do not see yet, and its review dates. It is public only when published, publishing
 * sets the review dates, nobody approves a change they made or sent, and a move the workflow does
 * not allow is refused with the reason ({@link TopicAction} names which stages each move starts
 * from).
 */
@MappedSuperclass
public abstract class TopicLifecycle extends ReviewedContent {

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TopicStatus status = TopicStatus.DRAFT;

  @Column(name = "submitted_by", length = 60)
  private String submittedBy;

  @Embedded private ReviewDates review = ReviewDates.none();

  /** Notes that the topic changed. */
  protected abstract void touch();

  /**
   * Sends the draft, or the changes held for a published topic, to reviewers; whoever sends it may
   * not approve it.
   */
  public void submitForReview(String author) {
    require(TopicAction.SUBMIT_FOR_REVIEW);
    if (status == TopicStatus.DRAFT) {
      moveTo(TopicStatus.IN_REVIEW);
    }
    this.submittedBy = Objects.requireNonNull(author, "author");
  }

  /**
   * Takes back a submission when what was submitted changes: a reviewer approves exactly what they
   * read, so the topic goes back to its authors (a draft in review becomes a draft again; changes
   * held for a published topic stay held, unsubmitted) until someone submits it again.
   *
   * @return whether the topic was in review
   */
  public boolean withdrawSubmission() {
    if (submittedBy == null) {
      return false;
    }
    submittedBy = null;
    if (status == TopicStatus.IN_REVIEW) {
      moveTo(TopicStatus.DRAFT);
    }
    return true;
  }

  /**
   * Whether changes wait aside for approval: only a published topic's, while readers see the
   * approved version and its time of change stays as it was.
   */
  @Override
  public boolean holdsChangesAside() {
    return status == TopicStatus.PUBLISHED;
  }

  /** Drops the changes held for a published topic; readers keep the approved version. */
  public void discardChanges() {
    require(TopicAction.DISCARD_CHANGES);
    this.submittedBy = null;
    approval().clear();
  }

  /**
   * Publishes a topic that has been reviewed by someone other than its author: the review happened
   * today, and the next falls due after the cycle.
   *
   * @throws SecondPairOfEyesException when the reviewer sent the topic for review or changed it
   *     since it was last published
   */
  public void publish(String reviewer, LocalDate today, ReviewCycle cycle, Instant now) {
    require(TopicAction.PUBLISH);
    SecondPairOfEyes.require(
        reviewer,
        submittedBy,
        changers(),
        Refusal.words("topic.cannot-publish", slug()),
        AllowedTopicActions.OWN_WORK);
    if (status == TopicStatus.IN_REVIEW) {
      moveTo(TopicStatus.PUBLISHED);
    }
    becomePublished(today, cycle, now);
  }

  /**
   * Publishes at once, from a draft or from review, without a second pair of eyes: for an
   * emergency, whose reason the caller records.
   */
  public void publishInEmergency(LocalDate today, ReviewCycle cycle, Instant now) {
    require(TopicAction.PUBLISH_IN_EMERGENCY);
    this.status = TopicStatus.PUBLISHED;
    becomePublished(today, cycle, now);
  }

  private void becomePublished(LocalDate today, ReviewCycle cycle, Instant now) {
    this.submittedBy = null;
    approval().clear();
    reviewDates().published(today, cycle, now);
    touch();
  }

  /** Returns a topic in review to its authors. */
  public void sendBack() {
    require(TopicAction.SEND_BACK);
    if (status == TopicStatus.IN_REVIEW) {
      moveTo(TopicStatus.DRAFT);
    }
    this.submittedBy = null;
  }

  /**
   * Takes a published topic off the public site for rework; it becomes a draft again, and changes
   * it held become the draft's content (the caller writes them in).
   */
  public void withdraw() {
    require(TopicAction.WITHDRAW);
    moveTo(TopicStatus.DRAFT);
    this.submittedBy = null;
    approval().release();
  }

  /** Records a review of a published topic's content: reviewed today, next due after the cycle. */
  public void markReviewed(LocalDate today, ReviewCycle cycle) {
    require(TopicAction.MARK_REVIEWED);
    reviewDates().reviewed(today, cycle);
    touch();
  }

  /**
   * Sets when a published topic is next reviewed: sooner than the cycle when its subject moves
   * fast, or later, but never in the past nor beyond one cycle from today.
   *
   * @throws IllegalArgumentException naming the dates allowed
   */
  public void scheduleReview(LocalDate today, LocalDate next, ReviewCycle cycle) {
    require(TopicAction.MARK_REVIEWED);
    Objects.requireNonNull(next, "next");
    LocalDate latest = cycle.nextDueAfter(today);
    if (!next.isAfter(today) || next.isAfter(latest)) {
      throw new Refusal("topic.review-date-out-of-range", PeopleDates.date(latest));
    }
    reviewDates().rescheduled(next);
    touch();
  }

  /**
   * Takes over the state recorded elsewhere, such as in a content pack, without going through the
   * workflow: the pack's curators already did.
   */
  public void adoptRecordedState(
      TopicStatus status, LocalDate lastReviewed, LocalDate nextReviewDue, Instant publishedAt) {
    this.status = Objects.requireNonNull(status, "status");
    this.submittedBy = null;
    approval().clear();
    reviewDates()
        .adopt(lastReviewed, nextReviewDue, status == TopicStatus.PUBLISHED ? publishedAt : null);
    touch();
  }

  /** Whether anyone may read the topic: only when published. */
  public boolean isPublic() {
    return status == TopicStatus.PUBLISHED;
  }

  /** Refuses an action that the topic's stage does not start from, saying why. */
  private void require(TopicAction action) {
    if (!action.startsFrom(stage())) {
      throw new TransitionRefusedException(slug(), status, action, action.wrongStatus(stage()));
    }
  }

  private void moveTo(TopicStatus target) {
    if (!status.canMoveTo(target)) {
      throw new TransitionRefusedException(slug(), status, target);
    }
    this.status = target;
    touch();
  }

  public TopicStatus status() {
    return status;
  }

  /** Where the topic stands for its curators, with any changes held for a published topic. */
  public CurationStage stage() {
    return CurationStage.of(status, pendingRevision() != null, submittedBy != null);
  }

  /** Who sent the topic for review, while it is in review. */
  public String submittedBy() {
    return submittedBy;
  }

  /**
   * The review dates; never null. Reading them changes nothing: a topic that was only read keeps
   * its version, so that a reviewer's approval of the version they read is not refused.
   */
  public ReviewDates review() {
    return review == null ? ReviewDates.none() : review;
  }

  /** The review dates, to change them. */
  private ReviewDates reviewDates() {
    if (review == null) {
      review = ReviewDates.none();
    }
    return review;
  }

  public LocalDate lastReviewed() {
    return review().lastReviewed();
  }

  public LocalDate nextReviewDue() {
    return review().nextReviewDue();
  }

  public Instant publishedAt() {
    return review().publishedAt();
  }
}
