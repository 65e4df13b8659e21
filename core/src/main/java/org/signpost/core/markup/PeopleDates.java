package org.signpost.core.markup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as people in the UK write them, in UK time: {@code 12 June 2028} and {@code 1 Dec
 * 2026, 18:52}. Pages, embeds and the console show these, never the machine's forms.
 */
public final class PeopleDates {

  /** Where the service's readers and curators are: times are shown as their clocks say. */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(UK);

  private PeopleDates() {}

  /** Such as {@code 12 June 2028}; empty for no date. */
  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** Such as {@code 1 Dec 2026, 18:52} in UK time; empty for no time. */
  public static String time(Instant time) {
    return time == null ? "" : TIME.format(time).replace("Sept", "Sep");
  }
}
