package org.signpost.core.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.signpost.core.account.Actor;
import org.signpost.core.persistence.Dialect;
import org.signpost.core.persistence.FilteredQuery;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.persistence.SignpostUnit;
import org.signpost.core.validation.Refusal;

/**
 * The feedback report curators read: answers filtered and a page at a time, counts per day for the
 * chart, the embedding sites seen, hiding a comment, and the same answers as CSV.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedbackReport {

  /** How many answers an export reads from the database at once. */
  static final int EXPORT_CHUNK = 5_000;

  /** The day an answer came, in the service's time zone, as PostgreSQL writes it. */
  private static final String SERVICE_DAY_POSTGRESQL =
      "SQL('to_char(? AT TIME ZONE ''"
          + FeedbackFilter.SERVICE_ZONE.getId()
          + "'', ''YYYY-MM-DD'')', f.receivedAt)";

  /** The same, as H2 writes it (its casts would use the session's time zone instead). */
  private static final String SERVICE_DAY_H2 =
      "SQL('FORMATDATETIME(?, ''yyyy-MM-dd'', ''en'', ''"
          + FeedbackFilter.SERVICE_ZONE.getId()
          + "'')', f.receivedAt)";

  private static final String[] CSV_HEADER = {
    "received_at", "topic", "page", "helpful", "comment", "site"
  };

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  protected FeedbackReport() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public FeedbackReport(EntityManager em) {
    this.em = em;
  }

  /** One page of the answers that match, newest first. */
  public Page<FeedbackRow> find(
      @NotNull FeedbackFilter filter, @NotNull PageRequest page, @NotNull Actor actor) {
    actor.requireCurator("read feedback");
    return filter(filter)
        .page(em, Feedback.class, "f.receivedAt DESC, f.id DESC", page, FeedbackRow::of);
  }

  /**
   * Yes and no answers per day that match, oldest first, days without answers left out: counted by
   * the database, in the service's time zone, so that a million answers are not read to count them.
   */
  public List<DailyFeedback> perDay(@NotNull FeedbackFilter filter, @NotNull Actor actor) {
    actor.requireCurator("read feedback");
    String day = Dialect.isPostgreSQL(em) ? SERVICE_DAY_POSTGRESQL : SERVICE_DAY_H2;
    TypedQuery<Object[]> query =
        filter(filter)
            .query(
                em,
                "SELECT "
                    + day
                    + ", SUM(CASE WHEN f.helpful = TRUE THEN 1 ELSE 0 END),"
                    + " COUNT(f)",
                " GROUP BY " + day + " ORDER BY " + day,
                Object[].class);
    List<DailyFeedback> result = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      long helpful = ((Number) row[1]).longValue();
      long all = ((Number) row[2]).longValue();
      result.add(new DailyFeedback(LocalDate.parse((String) row[0]), helpful, all - helpful));
    }
    return result;
  }

  /** The embedding sites that sent feedback, for the filter's choices. */
  public List<String> sites(@NotNull Actor actor) {
    actor.requireCurator("read feedback");
    return em.createQuery(
            "SELECT DISTINCT f.siteOrigin FROM Feedback f WHERE f.siteOrigin IS NOT NULL"
                + " ORDER BY f.siteOrigin",
            String.class)
        .getResultList();
  }

  /**
   * Hides or shows a comment in the report and its exports (any curator); the answer still counts.
   */
  @Transactional
  public FeedbackRow hideComment(long id, boolean hidden, @NotNull Actor actor) {
    actor.requireCurator("hide comments");
    Feedback feedback = em.find(Feedback.class, id);
    if (feedback == null) {
      throw new Refusal("feedback.no-such-answer", id);
    }
    if (hidden) {
      feedback.hideComment();
    } else {
      feedback.showComment();
    }
    return FeedbackRow.of(feedback);
  }

  /**
   * Writes every answer that matches as CSV (UTF-8 text, a header row, last received first), hidden
   * comments left out. A cell that a spreadsheet would run as a formula is written as text. The
   * answers are read {@value #EXPORT_CHUNK} at a time, each chunk after the last one written, and
   * written as they come, so that an export of a million answers needs no more memory than one of a
   * hundred.
   */
  public void writeCsv(@NotNull FeedbackFilter filter, @NotNull Writer out, @NotNull Actor actor) {
    actor.requireCurator("export feedback");
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      Object[] last = null;
      List<Object[]> chunk;
      do {
        chunk = chunkAfter(filter, last);
        for (Object[] f : chunk) {
          csv.printRecord(
              DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                  ((Instant) f[1]).atZone(FeedbackFilter.SERVICE_ZONE)),
              text((String) f[2]),
              text((String) f[3]),
              Boolean.TRUE.equals(f[4]) ? "yes" : "no",
              Boolean.TRUE.equals(f[6]) ? "" : text((String) f[5]),
              text((String) f[7]));
          last = f;
        }
        csv.flush();
      } while (chunk.size() == EXPORT_CHUNK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The next answers after {@code last} in the export's order, or the first: by id, the order they
   * were received in, which the primary key's index serves at any depth.
   */
  private List<Object[]> chunkAfter(FeedbackFilter filter, Object[] last) {
    FilteredQuery chunk = filter(filter);
    if (last != null) {
      chunk.when(last[0], "lastId", "f.id < :lastId");
    }
    return chunk
        .query(
            em,
            "SELECT f.id, f.receivedAt, f.topicSlug, f.page, f.helpful, f.comment, f.hidden,"
                + " f.siteOrigin",
            " ORDER BY f.id DESC",
            Object[].class)
        .setMaxResults(EXPORT_CHUNK)
        .getResultList();
  }

  /** Text a spreadsheet will not take for a formula. */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
  }

  private static FilteredQuery filter(FeedbackFilter filter) {
    return FilteredQuery.over("Feedback", "f")
        .when(filter.topic(), "topic", "f.topicSlug = :topic")
        .when(filter.helpful(), "helpful", "f.helpful = :helpful")
        .when(filter.from() == null ? null : filter.fromInstant(), "from", "f.receivedAt >= :from")
        .when(filter.to() == null ? null : filter.toInstantExclusive(), "to", "f.receivedAt < :to")
        .when(filter.site(), "site", "f.siteOrigin = :site");
  }
}
