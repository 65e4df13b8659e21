package org.signpost.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.persistence.PersistenceHarness;
import org.signpost.core.persistence.TestDatabase;

/** The feedback report over more answers than one read of the database holds. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class FeedbackReportIT {

  @Parameter TestDatabase database;

  @RegisterExtension
  final PersistenceHarness db = PersistenceHarness.eachTest(() -> database, false);

  private static final FeedbackFilter EVERYTHING = new FeedbackFilter(null, null, null, null, null);

  @Test
  void answersAreCountedPerDayInTheServicesTimeZone() {
    // 23:30 UTC on 1 June is 00:30 on 2 June in London (summer time); 23:30 UTC on 1 December is
    // still 1 December there.
    insert("2026-06-01T22:30:00Z", true, 1);
    insert("2026-06-01T23:30:00Z", true, 2);
    insert("2026-06-02T10:00:00Z", false, 3);
    insert("2026-12-01T23:30:00Z", false, 4);

    List<DailyFeedback> days =
        db.inTransaction(
            em -> new FeedbackReport(em).perDay(EVERYTHING, Actor.of("sam", Role.EDITOR)));

    assertThat(days)
        .containsExactly(
            new DailyFeedback(LocalDate.parse("2026-06-01"), 1, 0),
            new DailyFeedback(LocalDate.parse("2026-06-02"), 1, 1),
            new DailyFeedback(LocalDate.parse("2026-12-01"), 0, 1));
  }

  @Test
  void theCsvHoldsEveryAnswerOnceLastReceivedFirstAcrossSeveralReads() {
    int answers = FeedbackReport.EXPORT_CHUNK + 500;
    Instant first = Instant.parse("2026-01-01T00:00:00Z");
    db.run(
        em -> {
          for (int i = 0; i < answers; i++) {
            em.createNativeQuery(
                    "INSERT INTO feedback (page, helpful, comment_text, received_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, "/page")
                .setParameter(2, i % 2 == 0)
                .setParameter(3, "answer " + i)
                .setParameter(4, java.sql.Timestamp.from(first.plusSeconds(i / 2)))
                .executeUpdate();
          }
        });

    StringWriter csv = new StringWriter();
    db.run(em -> new FeedbackReport(em).writeCsv(EVERYTHING, csv, Actor.of("sam", Role.EDITOR)));

    List<String> rows = csv.toString().lines().skip(1).toList();
    assertThat(rows).hasSize(answers).doesNotHaveDuplicates();
    assertThat(rows.get(0)).contains("answer " + (answers - 1));
    assertThat(rows.get(answers - 1)).contains("answer 0,");
  }

  private void insert(String at, boolean helpful, int n) {
    db.run(
        em ->
            em.createNativeQuery(
                    "INSERT INTO feedback (page, helpful, received_at) VALUES (?, ?, ?)")
                .setParameter(1, "/day/" + n)
                .setParameter(2, helpful)
                .setParameter(3, java.sql.Timestamp.from(Instant.parse(at)))
                .executeUpdate());
  }
}
