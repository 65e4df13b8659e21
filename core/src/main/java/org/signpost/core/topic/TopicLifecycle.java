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

/**
 * Where a topic stands in its workflow and the moves between: its status, who sent it for review,
 * and its review dates. It is public only when published, publishing sets the review dates, the
 * second pair of eyes is required, and a move the workflow does not allow is refused with the
 * reason ({@link TopicAction} names which statuses each move starts from).
 */
@MappedSuperclass
public abstract class TopicLifecycle {

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TopicStatus status = TopicStatus.DRAFT;

  @Column(name = "submitted_by", length = 60)
  private String submittedBy;

  @Embedded private ReviewDates review = ReviewDates.none();

  /** The topic's slug, for the reasons given when a move is refused. */
  public abstract String slug();

  /** Notes that the topic changed. */
  protected abstract void touch();

  /** Sends the draft to reviewers; whoever sends it may not approve it. */
  public void submitForReview(String author) {
    require(TopicAction.SUBMIT_FOR_REVIEW);
    moveTo(TopicStatus.IN_REVIEW);
    this.submittedBy = Objects.requireNonNull(author, "author");
  }

  /**
   * Publishes a topic that has been reviewed by someone other than its author: the review happened
   * today, and the next falls due after the cycle.
   *
   * @throws SecondPairOfEyesException when the reviewer sent the topic for review
   */
  public void publish(String reviewer, LocalDate today, ReviewCycle cycle, Instant now) {
    require(TopicAction.PUBLISH);
    if (TopicActions.isOwnSubmission(reviewer, submittedBy)) {
      throw new SecondPairOfEyesException(slug(), reviewer);
    }
    moveTo(TopicStatus.PUBLISHED);
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
    review().published(today, cycle, now);
    touch();
  }

  /** Returns a topic in review to its authors. */
  public void sendBack() {
    require(TopicAction.SEND_BACK);
    moveTo(TopicStatus.DRAFT);
  }

  /** Takes a published topic off the public site for rework; it becomes a draft again. */
  public void withdraw() {
    require(TopicAction.WITHDRAW);
    moveTo(TopicStatus.DRAFT);
  }

  public void archive() {
    moveTo(TopicStatus.ARCHIVED);
  }

  /** Brings an archived topic back as a draft. */
  public void restore() {
    if (status != TopicStatus.ARCHIVED) {
      throw new TransitionRefusedException(
          slug(),
          status,
          TopicStatus.DRAFT,
          "only an archived topic can be restored, and this topic is " + status.describe());
    }
    moveTo(TopicStatus.DRAFT);
  }

  /** Records a review of a published topic's content: reviewed today, next due after the cycle. */
  public void markReviewed(LocalDate today, ReviewCycle cycle) {
    require(TopicAction.MARK_REVIEWED);
    review().reviewed(today, cycle);
    touch();
  }

  /**
   * Takes over the state recorded elsewhere, such as in a content pack, without going through the
   * workflow: the pack's curators already did.
   */
  public void adoptRecordedState(
      TopicStatus status, LocalDate lastReviewed, LocalDate nextReviewDue, Instant publishedAt) {
    this.status = Objects.requireNonNull(status, "status");
    review()
        .adopt(lastReviewed, nextReviewDue, status == TopicStatus.PUBLISHED ? publishedAt : null);
    touch();
  }

  /** Whether anyone may read the topic: only when published. */
  public boolean isPublic() {
    return status == TopicStatus.PUBLISHED;
  }

  /** Refuses an action that the topic's status does not start from, saying why. */
  private void require(TopicAction action) {
    if (!action.startsFrom(status)) {
      throw new TransitionRefusedException(slug(), status, action, action.wrongStatus(status));
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

  /** Who sent the topic for review, while it is in review. */
  public String submittedBy() {
    return submittedBy;
  }

  /** The review dates; never null. */
  public ReviewDates review() {
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
