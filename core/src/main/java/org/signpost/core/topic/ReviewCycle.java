package org.signpost.core.topic;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** How long a reviewed topic stays current before it must be reviewed again. */
public record ReviewCycle(Period period) {

  /** Three years: the usual interval for health information, unless a topic needs sooner. */
  public static final ReviewCycle DEFAULT = new ReviewCycle(Period.ofYears(3));

  public ReviewCycle {
    Objects.requireNonNull(period, "period");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a review cycle must be longer than zero: " + period);
    }
  }

  public static ReviewCycle ofMonths(int months) {
    return new ReviewCycle(Period.ofMonths(months));
  }

  /** The date the next review falls due after a review on {@code reviewed}. */
  public LocalDate nextDueAfter(LocalDate reviewed) {
    return reviewed.plus(period);
  }
}
