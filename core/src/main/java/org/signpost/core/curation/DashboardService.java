package org.signpost.core.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.feedback.FeedbackPeriod;
import org.signpost.core.feedback.FeedbackService;
import org.signpost.core.feedback.FeedbackSummary;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.review.ReviewSchedule;
import org.signpost.core.topic.TopicChoice;
import org.signpost.core.topic.TopicRepository;
import org.signpost.core.topic.TopicStatus;
import org.signpost.core.topic.TopicSummary;
import org.signpost.core.topic.TopicsForCurators;

/** Gathers the dashboard in one read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

  /** How far ahead "due soon" looks. */
  public static final int DUE_SOON_DAYS = 30;

  /** How far back the helpfulness figures look. */
  public static final int FEEDBACK_DAYS = 90;

  private static final int LEAST_HELPFUL = 5;
  private static final int REVIEW_PRIORITY = 5;
  private static final int REVIEW_HORIZON_YEARS = 10;
  private static final int RECENT_CHANGES = 10;

  @Inject ResourceRepository resources;
  @Inject TopicsForCurators topics;
  @Inject ReviewSchedule reviews;
  @Inject FeedbackService feedback;
  @Inject RevisionLog revisions;
  @Inject TopicRepository held;

  Clock clock = Clock.systemUTC();

  protected DashboardService() {}

  public DashboardService(
      ResourceRepository resources,
      TopicsForCurators topics,
      ReviewSchedule reviews,
      FeedbackService feedback,
      RevisionLog revisions,
      TopicRepository held,
      Clock clock) {
    this.resources = resources;
    this.topics = topics;
    this.reviews = reviews;
    this.feedback = feedback;
    this.revisions = revisions;
    this.held = held;
    this.clock = clock;
  }

  /** The dashboard as the reader sees it: account changes are listed for administrators only. */
  public Dashboard dashboard(Actor reader) {
    reader.require("see the dashboard", Role.values());
    LocalDate today = LocalDate.now(clock);
    // Every published topic has a review date at most three years ahead: this reaches them all.
    List<TopicSummary> published = reviews.dueBy(today.plusYears(REVIEW_HORIZON_YEARS));
    List<TopicSummary> overdue =
        published.stream()
            .filter(t -> t.nextReviewDue() != null && t.nextReviewDue().isBefore(today))
            .toList();
    List<TopicSummary> dueSoon =
        published.stream()
            .filter(t -> t.nextReviewDue() != null && !t.nextReviewDue().isBefore(today))
            .filter(t -> !t.nextReviewDue().isAfter(today.plusDays(DUE_SOON_DAYS)))
            .toList();
    var now = clock.instant();
    List<FeedbackSummary> answers =
        feedback.summarise(new FeedbackPeriod(now.minus(Duration.ofDays(FEEDBACK_DAYS)), now));
    List<TopicChoice> everyTopic = topics.choices(null);
    Map<String, String> titles = new HashMap<>();
    everyTopic.forEach(t -> titles.put(t.slug(), t.title()));
    List<TopicHelpfulness> byTopic =
        answers.stream()
            .filter(s -> s.topic() != null)
            .map(
                s ->
                    new TopicHelpfulness(
                        s.topic(),
                        titles.getOrDefault(s.topic(), s.topic()),
                        s.answers(),
                        s.helpful()))
            .toList();
    List<TopicHelpfulness> helpfulness = new ArrayList<>(byTopic);
    answers.stream()
        .filter(s -> s.topic() == null && s.answers() > 0)
        .findFirst()
        .ifPresent(
            s -> helpfulness.add(new TopicHelpfulness(null, null, s.answers(), s.helpful())));
    List<TopicHelpfulness> leastHelpful =
        byTopic.stream()
            .sorted(
                Comparator.comparingDouble(TopicHelpfulness::helpfulShare)
                    .thenComparing(Comparator.comparingLong(TopicHelpfulness::answers).reversed()))
            .limit(LEAST_HELPFUL)
            .toList();
    Map<String, FeedbackSummary> answersByTopic = new HashMap<>();
    answers.stream().filter(s -> s.topic() != null).forEach(s -> answersByTopic.put(s.topic(), s));
    return new Dashboard(
        topics.countByStatus(),
        everyTopic.stream().filter(t -> t.status() == TopicStatus.IN_REVIEW).toList(),
        held.findHoldingChanges().stream()
            .map(t -> new TopicChoice(t.slug(), t.title(), t.status()))
            .toList(),
        ReviewPriority.rank(published, answersByTopic, today, REVIEW_PRIORITY),
        overdue,
        dueSoon,
        List.copyOf(helpfulness),
        leastHelpful,
        resources.countByLinkStatus(),
        revisions
            .recent(null, HistoryAccess.kindsReadableBy(reader), PageRequest.first(RECENT_CHANGES))
            .items());
  }
}
