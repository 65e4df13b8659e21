package org.signpost.core.feedback;

import java.time.Instant;
import java.util.Objects;
import org.signpost.core.validation.Refusal;

/** A span of time for reports: from (inclusive) to (exclusive). */
public record FeedbackPeriod(Instant from, Instant to) {

  public FeedbackPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new Refusal("feedback.period-backwards", from, to);
    }
  }
}
