package org.signpost.core.feedback;

/**
 * How helpful readers found one topic over a period.
 *
 * @param topic the topic's slug, or {@code null} for pages that show no topic
 * @param answers how many answered
 * @param helpful how many of them said yes
 */
public record FeedbackSummary(String topic, long answers, long helpful) {

  /** JPQL's SUM yields a {@code Long} that is {@code null} over no rows. */
  public FeedbackSummary(String topic, Long answers, Long helpful) {
    this(
        topic,
        answers == null ? 0 : answers.longValue(),
        helpful == null ? 0 : helpful.longValue());
  }

  /** The share that said yes, from 0 to 1; 0 when nobody answered. */
  public double helpfulShare() {
    return answers == 0 ? 0 : (double) helpful / answers;
  }
}
