package org.signpost.core.feedback;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.signpost.core.validation.Refusal;

/**
 * What a curator narrows the feedback report to; every part is optional.
 *
 * @param topic a topic's slug
 * @param helpful only the yes answers (true) or only the no answers (false)
 * @param from the first day included, in the service's time zone
 * @param to the last day included
 * @param site the origin of the site the widget was embedded in, such as {@code
 *     https://school.example}
 */
public record FeedbackFilter(
    String topic, Boolean helpful, LocalDate from, LocalDate to, String site)
    implements Serializable {

  /** Days begin and end in the service's own time zone. */
  public static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/London");

  public FeedbackFilter {
    topic = topic == null || topic.isBlank() ? null : topic.strip();
    site = site == null || site.isBlank() ? null : site.strip();
    if (from != null && to != null && to.isBefore(from)) {
      throw new Refusal("feedback.last-day-before-first");
    }
  }

  public static FeedbackFilter none() {
    return new FeedbackFilter(null, null, null, null, null);
  }

  Instant fromInstant() {
    return from == null ? null : from.atStartOfDay(SERVICE_ZONE).toInstant();
  }

  Instant toInstantExclusive() {
    return to == null ? null : to.plusDays(1).atStartOfDay(SERVICE_ZONE).toInstant();
  }
}
