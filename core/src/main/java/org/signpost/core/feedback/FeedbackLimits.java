package org.signpost.core.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much feedback one client may send: {@code signpost.feedback.per-minute} on average and {@code
 * signpost.feedback.burst} at once.
 */
@ApplicationScoped
public class FeedbackLimits {

  @Inject
  @ConfigProperty(name = "signpost.feedback.per-minute")
  int perMinute;

  @Inject
  @ConfigProperty(name = "signpost.feedback.burst")
  int burst;

  protected FeedbackLimits() {}

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
