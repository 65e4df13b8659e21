package org.signpost.widgets.feedback;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.signpost.core.feedback.FeedbackLimits;
import org.signpost.core.limit.Allowances;

/**
 * A token bucket per client, so that one client cannot flood the feedback store. The buckets are
 * core's {@link Allowances}: the data grid's on a cluster, so a client's allowance is one however
 * many instances its answers reach, and kept under a keyed hash of the address, never the address.
 * An answer sent while the grid cannot answer in time is let through.
 */
@ApplicationScoped
public class SubmissionThrottle {

  @Inject @ConfigProperties FeedbackLimits settings;
  @Inject Allowances allowances;

  private BucketConfiguration limits;

  /**
   * Takes one submission from the client's allowance.
   *
   * @return empty when allowed, else how many seconds to wait
   */
  public OptionalLong take(String clientAddress) {
    return Allowances.askOr(
        () ->
            waitFor(
                allowances
                    .bucket("feedback", String.valueOf(clientAddress), limits)
                    .tryConsumeAndReturnRemaining(1)),
        OptionalLong.empty());
  }

  private static OptionalLong waitFor(ConsumptionProbe probe) {
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
  }

  /** The limit, made once from the settings. */
  @PostConstruct
  void start() {
    limits =
        BucketConfiguration.builder()
            .addLimit(
                Bandwidth.builder()
                    .capacity(settings.burst())
                    .refillGreedy(settings.perMinute(), Duration.ofMinutes(1))
                    .build())
            .build();
  }
}
