package org.signpost.widgets.feedback;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.signpost.core.feedback.FeedbackLimits;
import org.signpost.core.limit.Allowances;

/**
 * A token bucket per client, so that one client cannot flood the feedback store. The buckets are
 * core's {@link Allowances}: the data grid's on a cluster, so a client's allowance is one however
 * many instances its answers reach, and kept under a keyed hash of the address, never the address.
 */
@ApplicationScoped
public class SubmissionThrottle {

  private static final Logger LOG = Logger.getLogger(SubmissionThrottle.class.getName());

  @Inject FeedbackLimits settings;
  @Inject Allowances allowances;

  /**
   * Takes one submission from the client's allowance.
   *
   * @return empty when allowed, else how many seconds to wait
   */
  public OptionalLong take(String clientAddress) {
    ConsumptionProbe probe;
    try {
      probe =
          allowances
              .bucket("feedback", String.valueOf(clientAddress), limits())
              .tryConsumeAndReturnRemaining(1);
    } catch (RuntimeException e) {
      if (!Allowances.isUnanswered(e)) {
        throw e;
      }
      LOG.log(Level.FINE, "The grid did not answer in time: feedback let through", e);
      return OptionalLong.empty();
    }
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
  }

  private BucketConfiguration limits() {
    return BucketConfiguration.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(settings.burst())
                .refillGreedy(settings.perMinute(), Duration.ofMinutes(1))
                .build())
        .build();
  }
}
