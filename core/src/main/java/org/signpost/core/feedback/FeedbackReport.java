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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.persistence.Filter;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.persistence.SignpostUnit;

/**
 * The feedback report curators read: answers filtered and a page at a time, counts per day for the
 * chart, the embedding sites seen, hiding a comment, and the same answers as CSV.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedbackReport {

  /** The most rows one CSV export holds, newest first; narrow the filter for older ones. */
  public static final int MAX_EXPORT = 100_000;

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
  public Page<FeedbackRow> find(@NotNull FeedbackFilter filter, @NotNull PageRequest page) {
    return filter(filter)
        .page(em, Feedback.class, "f.receivedAt DESC, f.id DESC", page, FeedbackRow::of);
  }

  /** Yes and no answers per day that match, oldest first, days without answers left out. */
  public List<DailyFeedback> perDay(@NotNull FeedbackFilter filter) {
    TypedQuery<Object[]> query =
        filter(filter).query(em, "SELECT f.receivedAt, f.helpful", "", Object[].class);
    Map<LocalDate, long[]> days = new TreeMap<>();
    for (Object[] row : query.getResultList()) {
      LocalDate day =
          ((java.time.Instant) row[0]).atZone(FeedbackFilter.SERVICE_ZONE).toLocalDate();
      days.computeIfAbsent(day, d -> new long[2])[Boolean.TRUE.equals(row[1]) ? 0 : 1]++;
    }
    List<DailyFeedback> result = new ArrayList<>();
    days.forEach((day, counts) -> result.add(new DailyFeedback(day, counts[0], counts[1])));
    return result;
  }

  /** The embedding sites that sent feedback, for the filter's choices. */
  public List<String> sites() {
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
    actor.require("hide comments", Role.EDITOR, Role.REVIEWER, Role.ADMIN);
    Feedback feedback = em.find(Feedback.class, id);
    if (feedback == null) {
      throw new NoSuchElementException("There is no feedback " + id + ".");
    }
    if (hidden) {
      feedback.hideComment();
    } else {
      feedback.showComment();
    }
    return FeedbackRow.of(feedback);
  }

  /**
   * Writes the answers that match as CSV (UTF-8 text, a header row, newest first), hidden comments
   * left out. A cell that a spreadsheet would run as a formula is written as text.
   */
  public void writeCsv(@NotNull FeedbackFilter filter, @NotNull Writer out) {
    TypedQuery<Feedback> query =
        filter(filter)
            .query(em, "SELECT f", " ORDER BY f.receivedAt DESC, f.id DESC", Feedback.class);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (Feedback f : query.setMaxResults(MAX_EXPORT).getResultList()) {
        csv.printRecord(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                f.receivedAt().atZone(FeedbackFilter.SERVICE_ZONE)),
            text(f.topicSlug()),
            text(f.page()),
            f.helpful() ? "yes" : "no",
            f.isHidden() ? "" : text(f.comment()),
            text(f.siteOrigin()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text a spreadsheet will not take for a formula. */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
  }

  private static Filter filter(FeedbackFilter filter) {
    return Filter.over("Feedback", "f")
        .when(filter.topic(), "topic", "f.topicSlug = :topic")
        .when(filter.helpful(), "helpful", "f.helpful = :helpful")
        .when(filter.from() == null ? null : filter.fromInstant(), "from", "f.receivedAt >= :from")
        .when(filter.to() == null ? null : filter.toInstantExclusive(), "to", "f.receivedAt < :to")
        .when(filter.site(), "site", "f.siteOrigin = :site");
  }
}
