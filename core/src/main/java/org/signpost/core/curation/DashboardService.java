package org.signpost.core.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.feedback.FeedbackPeriod;
import org.signpost.core.feedback.FeedbackService;
import org.signpost.core.feedback.FeedbackSummary;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.review.ReviewSchedule;
import org.signpost.core.topic.TopicListing;
import org.signpost.core.topic.TopicSummary;

/** Gathers the dashboard in one read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

  /** How far ahead "due soon" looks. */
  public static final int DUE_SOON_DAYS = 30;

  /** How far back the helpfulness figures look. */
  public static final int FEEDBACK_DAYS = 90;

  private static final int LEAST_HELPFUL = 5;
  private static final int RECENT_CHANGES = 10;

  @Inject ResourceRepository resources;
  @Inject TopicListing topics;
  @Inject ReviewSchedule reviews;
  @Inject FeedbackService feedback;
  @Inject RevisionLog revisions;

  Clock clock = Clock.systemUTC();

  protected DashboardService() {}

  public DashboardService(
      ResourceRepository resources,
      TopicListing topics,
      ReviewSchedule reviews,
      FeedbackService feedback,
      RevisionLog revisions,
      Clock clock) {
    this.resources = resources;
    this.topics = topics;
    this.reviews = reviews;
    this.feedback = feedback;
    this.revisions = revisions;
    this.clock = clock;
  }

  public Dashboard dashboard() {
    LocalDate today = LocalDate.now(clock);
    List<TopicSummary> due = reviews.dueBy(today.plusDays(DUE_SOON_DAYS));
    List<TopicSummary> overdue =
        due.stream().filter(t -> t.nextReviewDue().isBefore(today)).toList();
    List<TopicSummary> dueSoon =
        due.stream().filter(t -> !t.nextReviewDue().isBefore(today)).toList();
    var now = clock.instant();
    List<FeedbackSummary> helpfulness =
        feedback
            .summarise(new FeedbackPeriod(now.minus(Duration.ofDays(FEEDBACK_DAYS)), now))
            .stream()
            .filter(s -> s.topic() != null)
            .toList();
    List<FeedbackSummary> leastHelpful =
        helpfulness.stream()
            .sorted(
                Comparator.comparingDouble(FeedbackSummary::helpfulShare)
                    .thenComparing(Comparator.comparingLong(FeedbackSummary::answers).reversed()))
            .limit(LEAST_HELPFUL)
            .toList();
    return new Dashboard(
        topics.countByStatus(),
        overdue,
        dueSoon,
        helpfulness,
        leastHelpful,
        resources.countByLinkStatus(),
        revisions.recent(null, null, PageRequest.first(RECENT_CHANGES)).items());
  }
}
