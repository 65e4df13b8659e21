package org.signpost.core.curation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.signpost.core.feedback.FeedbackSummary;
import org.signpost.core.markup.PeopleDates;
import org.signpost.core.topic.TopicSummary;

/**
 * Where the next review should go: a published topic's place in the queue, and why. A topic earns
 * one point for each 30 days its review is overdue, and, when at least {@value #ENOUGH_ANSWERS}
 * readers answered "Was this page helpful?" in the period, one point for each tenth of them who
 * answered no. Topics with no points (reviewed in time, and readers content or too few to tell) are
 * not in the queue.
 *
 * @param score the points, highest first in the queue
 * @param reason the points in words, such as {@code Review overdue by 45 days (due 12 June 2026);
 *     62% of 21 readers answered no.}
 */
public record ReviewPriority(String slug, String title, double score, String reason) {

  /** Fewer answers than this say too little about a page to rank it by them. */
  public static final int ENOUGH_ANSWERS = 10;

  /** The published topics in the order to review them, at most {@code limit}. */
  public static List<ReviewPriority> rank(
      List<TopicSummary> published,
      Map<String, FeedbackSummary> answers,
      LocalDate today,
      int limit) {
    List<ReviewPriority> queue = new ArrayList<>();
    for (TopicSummary topic : published) {
      ReviewPriority priority = of(topic, answers.get(topic.slug()), today);
      if (priority.score() > 0) {
        queue.add(priority);
      }
    }
    return queue.stream()
        .sorted(
            Comparator.comparingDouble(ReviewPriority::score)
                .reversed()
                .thenComparing(ReviewPriority::title))
        .limit(limit)
        .toList();
  }

  private static ReviewPriority of(TopicSummary topic, FeedbackSummary feedback, LocalDate today) {
    double score = 0;
    List<String> why = new ArrayList<>();
    LocalDate due = topic.nextReviewDue();
    if (due != null) {
      long overdue = ChronoUnit.DAYS.between(due, today);
      if (overdue > 0) {
        score += overdue / 30.0;
        why.add(
            "Review overdue by "
                + overdue
                + (overdue == 1 ? " day" : " days")
                + " (due "
                + PeopleDates.date(due)
                + ")");
      } else {
        why.add("Review due " + PeopleDates.date(due));
      }
    } else {
      why.add("No review date set");
    }
    long answered = feedback == null ? 0 : feedback.answers();
    if (answered >= ENOUGH_ANSWERS) {
      long no = answered - feedback.helpful();
      double noShare = (double) no / answered;
      score += noShare * 10;
      why.add(Math.round(noShare * 100) + "% of " + answered + " readers answered no");
    } else if (answered == 0) {
      why.add("no reader answered in the period");
    } else {
      why.add(
          "only "
              + answered
              + (answered == 1 ? " reader" : " readers")
              + " answered, too few to count");
    }
    return new ReviewPriority(topic.slug(), topic.title(), score, String.join("; ", why) + ".");
  }
}
