package org.signpost.core.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.signpost.core.validation.Validated;

/** Takes in feedback and answers the questions reports ask of it. */
@ApplicationScoped
@Transactional
public class FeedbackService {

  @Inject FeedbackRepository feedback;

  Clock clock = Clock.systemUTC();

  protected FeedbackService() {}

  public FeedbackService(FeedbackRepository feedback, Clock clock) {
    this.feedback = feedback;
    this.clock = clock;
  }

  /**
   * Stores a submission once. A second submission with the same key and the same page, topic and
   * choice is the first one retried, or its second step: it changes nothing, except that a comment
   * the first one lacked is added. Two submissions with one key sent at once may both find none
   * stored and the second then fails on the key's uniqueness ({@link
   * org.signpost.core.persistence.DatabaseFaults#isDuplicateKey}): submitted again, it is a retry.
   *
   * @throws org.signpost.core.validation.InvalidInputException naming each field that is wrong;
   *     nothing is stored then
   * @throws SubmissionKeyTakenException when an answer for another page, topic or choice holds the
   *     key; nothing changes then
   */
  public Feedback submit(@NotNull FeedbackSubmission submission) {
    Validated.check(submission);
    Feedback answer = new Feedback(submission, clock.instant());
    if (submission.submissionKey() != null) {
      var earlier = feedback.findBySubmissionKey(submission.submissionKey());
      if (earlier.isPresent()) {
        if (!earlier.get().sameAnswerAs(answer)) {
          throw new SubmissionKeyTakenException();
        }
        earlier.get().addComment(submission.comment());
        return earlier.get();
      }
    }
    return feedback.store(answer);
  }

  public List<FeedbackSummary> summarise(@NotNull FeedbackPeriod period) {
    return feedback.summarise(period);
  }

  public FeedbackSummary summarise(@NotNull String topic, @NotNull FeedbackPeriod period) {
    return feedback.summarise(topic, period);
  }
}
