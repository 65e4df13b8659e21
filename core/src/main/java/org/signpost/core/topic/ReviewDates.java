package org.signpost.core.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When a topic's content was last reviewed, when its next review falls due, and when it was last
 * published: set by publishing and by marking it reviewed, or taken over from a content pack.
 */
@Embeddable
public class ReviewDates {

  @Column(name = "last_reviewed")
  private LocalDate lastReviewed;

  @Column(name = "next_review_due")
  private LocalDate nextReviewDue;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected ReviewDates() {}

  static ReviewDates none() {
    return new ReviewDates();
  }

  /** Reviewed today; the next review falls due after the cycle. */
  void reviewed(LocalDate today, ReviewCycle cycle) {
    this.lastReviewed = Objects.requireNonNull(today, "today");
    this.nextReviewDue = cycle.nextDueAfter(today);
  }

  /** The next review moved to another date; the last review stays as it was. */
  void rescheduled(LocalDate next) {
    this.nextReviewDue = Objects.requireNonNull(next, "next");
  }

  /** Published now, which counts as a review today. */
  void published(LocalDate today, ReviewCycle cycle, Instant now) {
    reviewed(today, cycle);
    this.publishedAt = Objects.requireNonNull(now, "now");
  }

  /** The dates recorded elsewhere; a publication time only replaces this one when given. */
  void adopt(LocalDate lastReviewed, LocalDate nextReviewDue, Instant publishedAt) {
    this.lastReviewed = lastReviewed;
    this.nextReviewDue = nextReviewDue;
    this.publishedAt = publishedAt == null ? this.publishedAt : publishedAt;
  }

  public LocalDate lastReviewed() {
    return lastReviewed;
  }

  public LocalDate nextReviewDue() {
    return nextReviewDue;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
