package org.signpost.core.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer to "Was this page helpful?": the page, yes or no, an optional comment with personal
 * data already removed, the site it was embedded in, and when. Nothing identifies the reader.
 */
@Entity
@Table(name = "feedback")
public class Feedback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Size(max = FeedbackSubmission.MAX_SLUG)
  @Column(name = "topic_slug", length = FeedbackSubmission.MAX_SLUG)
  private String topicSlug;

  @NotBlank
  @Size(max = FeedbackSubmission.MAX_PAGE)
  @Column(nullable = false, length = FeedbackSubmission.MAX_PAGE)
  private String page;

  @Column(nullable = false)
  private boolean helpful;

  @Size(max = FeedbackSubmission.MAX_STORED_COMMENT)
  @Column(name = "comment_text", length = FeedbackSubmission.MAX_STORED_COMMENT)
  private String comment;

  @Size(max = FeedbackSubmission.MAX_ORIGIN)
  @Column(name = "site_origin", length = FeedbackSubmission.MAX_ORIGIN)
  private String siteOrigin;

  @NotNull
  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(nullable = false)
  private boolean hidden;

  @Size(max = FeedbackSubmission.MAX_KEY)
  @Column(name = "submission_key", unique = true, length = FeedbackSubmission.MAX_KEY)
  private String submissionKey;

  protected Feedback() {}

  /**
   * Feedback from a submission; the comment and the page's path are redacted here, before anything
   * is stored.
   */
  public Feedback(FeedbackSubmission submission, Instant receivedAt) {
    Objects.requireNonNull(submission, "submission");
    this.topicSlug = submission.topic();
    this.page = PagePath.redacted(submission.page(), FeedbackSubmission.MAX_PAGE);
    this.helpful = submission.helpful();
    this.comment = PersonalDataRedactor.redact(submission.comment());
    this.siteOrigin = submission.siteOrigin();
    this.submissionKey = submission.submissionKey();
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /**
   * Whether the other is the same answer: the same page, topic and choice (a retry, or its
   * comment).
   */
  public boolean sameAnswerAs(Feedback other) {
    return Objects.equals(topicSlug, other.topicSlug)
        && Objects.equals(page, other.page)
        && helpful == other.helpful;
  }

  /**
   * Adds the comment that follows a yes or no (the second step of the prompt), redacted like any
   * other. A comment already given is kept: a repeated second step changes nothing.
   */
  public void addComment(String text) {
    if (comment == null && text != null && !text.isBlank()) {
      this.comment = PersonalDataRedactor.redact(text.strip());
    }
  }

  /** Hides the comment from reports, for example when it is abusive; the vote still counts. */
  public void hideComment() {
    this.hidden = true;
  }

  /** Shows a hidden comment again, when it was hidden by mistake. */
  public void showComment() {
    this.hidden = false;
  }

  public Long id() {
    return id;
  }

  public String topicSlug() {
    return topicSlug;
  }

  public String page() {
    return page;
  }

  public boolean helpful() {
    return helpful;
  }

  public String comment() {
    return comment;
  }

  public String siteOrigin() {
    return siteOrigin;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public boolean isHidden() {
    return hidden;
  }

  public String submissionKey() {
    return submissionKey;
  }
}
