package org.signpost.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagePathTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/pupils/a.name@example.org/07700900123 | /pupils/[email removed]/[phone removed]",
        "/users/A%20Name/0770%20090%200123 | /users/[text removed]/[phone removed]",
        "/contact/jo%40example.org | /contact/[email removed]",
        "/class/0770/090/0123 | /class/[phone removed]",
        "/pupil/O77OO9OO123/report | /pupil/[phone removed]/report",
        "/homes/SW1A%201AA | /homes/[postcode removed]",
        "/caf%C3%A9/menu | /café/menu",
        "/12345678-9012-4abc-8def-123456789012/07700900123 | /12345678-9012-4abc-8def-123456789012/[phone removed]",
        "/call-07700900123-12345678-9012-4abc-8def-123456789012 | /[text removed]",
      })
  void whatIdentifiesAPersonIsRemovedFromThePathDecodedFirst(String typed, String kept) {
    assertThat(PagePath.redacted(typed, 500)).isEqualTo(kept);
  }

  @ParameterizedTest
  @CsvSource({
    "/topics/healthy-relationships",
    "/pshe/ks3/relationships-2026",
    "/",
    "/news/100%-attendance",
    "/a%ZZb",
    "/bad%FF",
    "/it/12345678-9012-4abc-8def-123456789012",
    "/news/12345678-9012-4abc-8def-123456789012/12345678-9012-4abc-8def-123456789013",
    "/pshe-12345678-9012-4abc-8def-123456789012.html",
    "/lessons/ks3_12345678-9012-4abc-8def-123456789012/notes",
  })
  void ourOwnPagesAndOrdinaryPathsAreKeptAsTheyAre(String path) {
    assertThat(PagePath.redacted(path, 500)).isEqualTo(path);
  }

  @Test
  void aPathLengthenedByItsMarkersIsCutToWhatTheColumnHolds() {
    String path = "/" + "a@b.co/".repeat(70);
    assertThat(PagePath.redacted(path, 500))
        .hasSizeLessThanOrEqualTo(500)
        .startsWith("/[email removed]/");
  }

  @Test
  void anAnswerKeepsOnlyTheRedactedPath() {
    Feedback answer =
        new Feedback(
            new FeedbackSubmission(null, "/users/A%20Name/07700900123?x=1", true, null, null, null),
            java.time.Instant.EPOCH);
    assertThat(answer.page()).isEqualTo("/users/[text removed]/[phone removed]");
  }
}
