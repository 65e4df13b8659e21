package org.signpost.widgets.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much feedback one client may send (environment variables {@code SIGNPOST_FEEDBACK_PER_MINUTE}
 * and {@code SIGNPOST_FEEDBACK_BURST}).
 */
@ApplicationScoped
public class FeedbackSettings {

  @Inject
  @ConfigProperty(name = "signpost.feedback.per-minute", defaultValue = "20")
  int perMinute;

  @Inject
  @ConfigProperty(name = "signpost.feedback.burst", defaultValue = "10")
  int burst;

  /** Submissions a client may make per minute, on average. */
  public int perMinute() {
    return perMinute;
  }

  /** Submissions a client may make at once after a quiet spell. */
  public int burst() {
    return burst;
  }
}
