package org.signpost.core.feedback;

import java.util.List;
import java.util.Optional;

/** Where feedback is kept, and the aggregates over it. */
public interface FeedbackRepository {

  Feedback store(Feedback feedback);

  Optional<Feedback> findBySubmissionKey(String key);

  /** Answers and helpful answers per topic within the period, most answered first. */
  List<FeedbackSummary> summarise(FeedbackPeriod period);

  /** Answers and helpful answers for one topic within the period. */
  FeedbackSummary summarise(String topic, FeedbackPeriod period);

  long count();
}
