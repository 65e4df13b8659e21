package org.signpost.core.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

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
   * Stores a submission once. A second submission with the same key is the first one retried, or
   * its second step: it changes nothing, except that a comment the first one lacked is added.
   */
  public Feedback submit(@NotNull @Valid FeedbackSubmission submission) {
    if (submission.submissionKey() != null) {
      var earlier = feedback.findBySubmissionKey(submission.submissionKey());
      if (earlier.isPresent()) {
        earlier.get().addComment(submission.comment());
        return earlier.get();
      }
    }
    return feedback.store(new Feedback(submission, clock.instant()));
  }

  public List<FeedbackSummary> summarise(@NotNull FeedbackPeriod period) {
    return feedback.summarise(period);
  }

  public FeedbackSummary summarise(@NotNull String topic, @NotNull FeedbackPeriod period) {
    return feedback.summarise(topic, period);
  }
}
