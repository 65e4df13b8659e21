package org.signpost.core.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeopleDatesTest {

  @Test
  void datesAndTimesReadAsPeopleInTheUkWriteThemInUkTime() {
    assertThat(PeopleDates.date(LocalDate.parse("2028-06-12"))).isEqualTo("12 June 2028");
    assertThat(PeopleDates.time(Instant.parse("2026-12-01T18:52:52.140478Z")))
        .isEqualTo("1 Dec 2026, 18:52");
    assertThat(PeopleDates.time(Instant.parse("2026-07-01T18:52:00Z")))
        .as("British Summer Time")
        .isEqualTo("1 Jul 2026, 19:52");
    assertThat(PeopleDates.time(Instant.parse("2026-09-03T08:00:00Z")))
        .isEqualTo("3 Sep 2026, 09:00");
    assertThat(PeopleDates.date(null)).isEmpty();
  }
}
