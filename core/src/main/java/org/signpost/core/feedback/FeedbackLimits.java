package org.signpost.core.feedback;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much feedback one client may send: {@code signpost.feedback.per-minute} on average and {@code
 * signpost.feedback.burst} at once.
 */
@Dependent
@ConfigProperties(prefix = "signpost.feedback")
public class FeedbackLimits {

  @ConfigProperty(name = "per-minute")
  int perMinute;

  @ConfigProperty(name = "burst")
  int burst;

  /** For MicroProfile Config, which makes the holder itself and needs a public constructor. */
  public FeedbackLimits() {}

  /** Limits given directly, where no configuration is at hand. */
  public FeedbackLimits(int perMinute, int burst) {
    this.perMinute = perMinute;
    this.burst = burst;
  }

  /** Submissions a client may make per minute, on average. */
  public int perMinute() {
    return perMinute;
  }

  /** Submissions a client may make at once after a quiet spell. */
  public int burst() {
    return burst;
  }
}
