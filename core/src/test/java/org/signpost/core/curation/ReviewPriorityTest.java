package org.signpost.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.core.feedback.FeedbackSummary;
import org.signpost.core.topic.TopicSummary;

/** The next review goes where it is most overdue and where readers struggle, and says why. */
class ReviewPriorityTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static TopicSummary topic(String slug, LocalDate due) {
    return new TopicSummary(
        slug, "Title of " + slug, "", "professionals", "published", null, due, null);
  }

  @Test
  void readersWhoStruggleCanOutrankAReviewThatIsOnlyALittleOverdue() {
    List<TopicSummary> published =
        List.of(
            topic("slightly-late", TODAY.minusDays(30)),
            topic("unhelpful", TODAY.plusYears(2)),
            topic("fine", TODAY.plusYears(1)),
            topic("very-late", TODAY.minusDays(300)));
    Map<String, FeedbackSummary> answers =
        Map.of(
            "unhelpful", new FeedbackSummary("unhelpful", 20L, 6L),
            "fine", new FeedbackSummary("fine", 40L, 38L),
            "slightly-late", new FeedbackSummary("slightly-late", 3L, 0L));

    List<ReviewPriority> queue = ReviewPriority.rank(published, answers, TODAY, 5);

    assertThat(queue)
        .extracting(ReviewPriority::slug)
        .containsExactly("very-late", "unhelpful", "slightly-late", "fine");
    assertThat(queue.get(0).reason())
        .isEqualTo(
            "Review overdue by 300 days (due 4 February 2026); no reader answered in the period.");
    assertThat(queue.get(1).reason())
        .isEqualTo("Review due 1 December 2028; 70% of 20 readers answered no.");
    assertThat(queue.get(2).reason()).contains("only 3 readers answered, too few to count");
  }

  @Test
  void aTopicReviewedInTimeThatReadersFindHelpfulIsNotInTheQueue() {
    List<ReviewPriority> queue =
        ReviewPriority.rank(
            List.of(topic("fine", TODAY.plusYears(1))),
            Map.of("fine", new FeedbackSummary("fine", 30L, 30L)),
            TODAY,
            5);

    assertThat(queue).isEmpty();
  }
}
