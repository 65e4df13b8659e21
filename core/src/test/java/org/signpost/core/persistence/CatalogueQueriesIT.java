package org.signpost.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.signpost.core.feedback.Feedback;
import org.signpost.core.feedback.FeedbackPeriod;
import org.signpost.core.feedback.FeedbackService;
import org.signpost.core.feedback.FeedbackSubmission;
import org.signpost.core.feedback.FeedbackSummary;
import org.signpost.core.feedback.JpaFeedbackRepository;
import org.signpost.core.feedback.SubmissionKeyTakenException;
import org.signpost.core.resource.JpaOrganisationRepository;
import org.signpost.core.resource.JpaResourceRepository;
import org.signpost.core.resource.ResourceCatalogue;
import org.signpost.core.resource.ResourceQuery;
import org.signpost.core.resource.ResourceView;
import org.signpost.core.review.ReviewSchedule;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;
import org.signpost.core.topic.JpaTopicRepository;
import org.signpost.core.topic.PublishedTopics;
import org.signpost.core.topic.ReviewCycle;
import org.signpost.core.topic.TopicSummary;
import org.signpost.core.topic.TopicView;

/** The queries the widgets and the console ask, on the demo content. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class CatalogueQueriesIT {

  @Parameter TestDatabase database;

  @RegisterExtension
  final PersistenceHarness db = PersistenceHarness.eachTest(() -> database, true);

  @Test
  void onlyPublishedTopicsAreListedOrShown() {
    db.run(em -> new JpaTopicRepository(em).findBySlug("pollution").orElseThrow().withdraw());

    List<String> listed =
        db.inTransaction(
            em ->
                new PublishedTopics(new JpaTopicRepository(em))
                    .publishedTopics().stream().map(TopicSummary::slug).toList());
    var withdrawn =
        db.inTransaction(
            em -> new PublishedTopics(new JpaTopicRepository(em)).publishedTopic("pollution"));

    assertThat(listed)
        .containsExactly(
            "alcohol-misuse",
            "antimicrobial-resistance",
            "childhood-obesity",
            "healthy-relationships");
    assertThat(withdrawn).isEmpty();
  }

  @Test
  void topicsAreFoundByTheKeyStagesOfTheirResources() {
    List<String> ks2 =
        db.inTransaction(
            em ->
                new PublishedTopics(new JpaTopicRepository(em))
                    .publishedTopics(KeyStage.KS2).stream().map(TopicSummary::slug).toList());
    List<String> eyfs =
        db.inTransaction(
            em ->
                new PublishedTopics(new JpaTopicRepository(em))
                    .publishedTopics(KeyStage.EYFS).stream().map(TopicSummary::slug).toList());

    assertThat(ks2).containsExactly("healthy-relationships");
    assertThat(eyfs).isEmpty();
  }

  @Test
  void aPublishedTopicShowsItsSectionsAndResourcesInOrder() {
    TopicView topic =
        db.inTransaction(
            em ->
                new PublishedTopics(new JpaTopicRepository(em))
                    .publishedTopic("healthy-relationships")
                    .orElseThrow());

    assertThat(topic.sections()).hasSize(7);
    assertThat(topic.sections().get(0).heading()).isEqualTo("In professional settings");
    assertThat(topic.resources().get(0).slug()).isEqualTo("childline-safety-plan");
    assertThat(topic.lastReviewed()).isEqualTo(LocalDate.parse("2025-06-12"));
  }

  @Test
  void resourcesAreFoundByTopicAndKeyStage() {
    var page =
        search(
            ResourceQuery.all().withTopic("healthy-relationships").withKeyStage(KeyStage.KS3),
            0,
            20);

    assertThat(page.items())
        .extracting(ResourceView::slug)
        .containsExactly("nspcc-healthy-relationships-ks3", "childline-safety-plan");
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void resourcesAreFoundByAudienceTypeAndText() {
    assertThat(search(ResourceQuery.all().withAudience(Audience.YOUNG_PEOPLE), 0, 20).items())
        .extracting(ResourceView::slug)
        .containsExactlyInAnyOrder("childline-safety-plan", "brook-sexual-health");
    assertThat(search(ResourceQuery.all().withType(ResourceType.LESSON_PLAN), 0, 20).total())
        .isEqualTo(3);
    assertThat(search(ResourceQuery.all().withText("CLINIC"), 0, 20).items())
        .extracting(ResourceView::slug)
        .containsExactly("brook-sexual-health");
    assertThat(search(ResourceQuery.all().withText("islington"), 0, 20).items())
        .extracting(ResourceView::slug)
        .containsExactly("islington-rse-booklist");
    assertThat(search(ResourceQuery.all().withText("100%_"), 0, 20).total()).isZero();
  }

  @Test
  void pagingGivesEachResourceOnceWithTheTotal() {
    var first = search(ResourceQuery.all(), 0, 3);
    var second = search(ResourceQuery.all(), 1, 3);
    var third = search(ResourceQuery.all(), 2, 3);

    assertThat(first.total()).isEqualTo(8);
    assertThat(first.pageCount()).isEqualTo(3);
    assertThat(first.items()).hasSize(3);
    assertThat(third.items()).hasSize(2);
    assertThat(third.hasNext()).isFalse();
    assertThat(
            java.util.stream.Stream.of(first, second, third)
                .flatMap(p -> p.items().stream())
                .map(ResourceView::slug)
                .distinct())
        .hasSize(8);
  }

  @Test
  void aPageOfResourcesIsReadInAFewStatementsWhateverItHolds() {
    int[] statements = {0};
    SessionEventAdapter counting =
        new SessionEventAdapter() {
          @Override
          public void postExecuteCall(SessionEvent event) {
            statements[0]++;
          }
        };
    var events = db.inTransaction(em -> JpaHelper.getServerSession(em.getEntityManagerFactory()));
    events.getEventManager().addListener(counting);
    try {
      var page = search(ResourceQuery.all(), 0, 20);

      assertThat(page.items()).hasSize(8);
      assertThat(page.items()).allSatisfy(resource -> assertThat(resource.keyStages()).isNotNull());
      assertThat(statements[0])
          .as(
              "statements for one page of 8 resources: the page, its count, and one each for the"
                  + " key stages, audiences and providers of all of them")
          .isLessThanOrEqualTo(6);
    } finally {
      events.getEventManager().removeListener(counting);
    }
  }

  @Test
  void archivedResourcesAreNotFound() {
    db.run(
        em ->
            new JpaResourceRepository(em)
                .findBySlug("brook-sexual-health")
                .orElseThrow()
                .archive());

    assertThat(search(ResourceQuery.all(), 0, 20).total()).isEqualTo(7);
    TopicView topic =
        db.inTransaction(
            em ->
                new PublishedTopics(new JpaTopicRepository(em))
                    .publishedTopic("healthy-relationships")
                    .orElseThrow());
    assertThat(topic.resources())
        .extracting(ResourceView::slug)
        .doesNotContain("brook-sexual-health");
  }

  @Test
  void theReviewListHoldsTopicsDueByTheDateMostOverdueFirst() {
    db.run(
        em ->
            new JpaTopicRepository(em)
                .findBySlug("pollution")
                .orElseThrow()
                .markReviewed(LocalDate.parse("2023-01-10"), ReviewCycle.ofMonths(12)));

    List<String> dueSoon =
        db.inTransaction(
            em ->
                new ReviewSchedule(new JpaTopicRepository(em))
                    .dueBy(LocalDate.parse("2026-12-31")).stream()
                        .map(TopicSummary::slug)
                        .toList());
    List<String> dueLater =
        db.inTransaction(
            em ->
                new ReviewSchedule(new JpaTopicRepository(em))
                    .dueBy(LocalDate.parse("2028-06-12")).stream()
                        .map(TopicSummary::slug)
                        .toList());

    assertThat(dueSoon).containsExactly("pollution");
    assertThat(dueLater).hasSize(5).first().isEqualTo("pollution");
  }

  @Test
  void feedbackIsCountedPerTopicAndPeriod() {
    Instant now = Instant.parse("2026-11-20T10:00:00Z");
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    Clock lastMonth = Clock.fixed(now.minus(30, ChronoUnit.DAYS), ZoneOffset.UTC);
    db.run(
        em -> {
          var feedback = new FeedbackService(new JpaFeedbackRepository(em), clock);
          feedback.submit(answer("healthy-relationships", true));
          feedback.submit(answer("healthy-relationships", true));
          feedback.submit(answer("healthy-relationships", false));
          feedback.submit(answer("pollution", false));
          new FeedbackService(new JpaFeedbackRepository(em), lastMonth)
              .submit(answer("healthy-relationships", false));
        });
    FeedbackPeriod thisWeek =
        new FeedbackPeriod(now.minus(7, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS));

    List<FeedbackSummary> summaries =
        db.inTransaction(
            em -> new FeedbackService(new JpaFeedbackRepository(em), clock).summarise(thisWeek));
    FeedbackSummary none =
        db.inTransaction(
            em ->
                new FeedbackService(new JpaFeedbackRepository(em), clock)
                    .summarise("childhood-obesity", thisWeek));

    assertThat(summaries)
        .containsExactly(
            new FeedbackSummary("healthy-relationships", 3, 2),
            new FeedbackSummary("pollution", 1, 0));
    assertThat(summaries.get(0).helpfulShare())
        .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(none.answers()).isZero();
  }

  @Test
  void aRetriedSubmissionIsStoredOnce() {
    Clock clock = Clock.systemUTC();
    FeedbackSubmission submission =
        new FeedbackSubmission(
            "healthy-relationships",
            "/topics/healthy-relationships",
            true,
            null,
            null,
            "retry-key-0001");

    db.run(em -> new FeedbackService(new JpaFeedbackRepository(em), clock).submit(submission));
    db.run(em -> new FeedbackService(new JpaFeedbackRepository(em), clock).submit(submission));

    assertThat(db.rows("feedback")).isEqualTo(1);
  }

  @Test
  void aKeyHeldByAnAnswerForAnotherPageIsRefusedAndBothDuplicatesSayWhatTheyAre() {
    Clock clock = Clock.systemUTC();
    FeedbackSubmission first =
        new FeedbackSubmission(null, "/topics/pollution", true, null, null, "held-key-0001");
    FeedbackSubmission planted =
        new FeedbackSubmission(null, "/topics/other", true, "planted", null, "held-key-0001");
    db.run(em -> new FeedbackService(new JpaFeedbackRepository(em), clock).submit(first));

    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        new FeedbackService(new JpaFeedbackRepository(em), clock).submit(planted)))
        .isInstanceOf(SubmissionKeyTakenException.class);
    assertThat(db.rows("feedback")).isEqualTo(1);
    assertThatThrownBy(
            () ->
                db.run(
                    em -> {
                      em.persist(new Feedback(first, clock.instant()));
                      em.flush();
                    }))
        .as("a second row with the key, as a racing request would write it")
        .satisfies(failure -> assertThat(DatabaseFaults.isDuplicateKey(failure)).isTrue())
        .satisfies(failure -> assertThat(DatabaseFaults.isUnreachable(failure)).isFalse());
  }

  @Test
  void organisationsAreListedByName() {
    List<String> names =
        db.inTransaction(
            em ->
                new ResourceCatalogue(
                        new JpaResourceRepository(em), new JpaOrganisationRepository(em))
                    .organisations().stream().map(o -> o.name()).toList());

    assertThat(names).hasSize(5).isSorted();
  }

  @Test
  void textIsSearchedAsEnglishWordsOnPostgresqlAndAsOnePhraseOnH2() {
    List<String> anyOrder = slugs(ResourceQuery.all().withText("lessons consent"));
    List<String> stemmed = slugs(ResourceQuery.all().withText("planning"));
    List<String> prefix = slugs(ResourceQuery.all().withText("clin"));

    if (database == TestDatabase.POSTGRESQL) {
      Object index =
          db.inTransaction(
              em ->
                  em.createNativeQuery(
                          "SELECT COUNT(*) FROM pg_indexes"
                              + " WHERE indexname = 'resource_search_words_idx'")
                      .getSingleResult());
      assertThat(((Number) index).intValue()).as("the full-text index, migrated").isEqualTo(1);
      assertThat(anyOrder)
          .containsExactlyInAnyOrder(
              "nspcc-healthy-relationships-ks3", "nspcc-healthy-relationships-ks4");
      assertThat(stemmed)
          .as("plan, plans and planning are one word")
          .contains(
              "childline-safety-plan",
              "nspcc-healthy-relationships-ks2",
              "nspcc-teaching-guidance");
    } else {
      assertThat(anyOrder).isEmpty();
      assertThat(stemmed).containsExactly("nspcc-teaching-guidance");
    }
    assertThat(prefix).as("the start of a word").containsExactly("brook-sexual-health");
  }

  private List<String> slugs(ResourceQuery query) {
    return search(query, 0, 50).items().stream().map(ResourceView::slug).toList();
  }

  private Page<ResourceView> search(ResourceQuery query, int page, int size) {
    return db.inTransaction(
        em ->
            new ResourceCatalogue(new JpaResourceRepository(em), new JpaOrganisationRepository(em))
                .search(query, new PageRequest(page, size)));
  }

  private static FeedbackSubmission answer(String topic, boolean helpful) {
    return new FeedbackSubmission(topic, "/topics/" + topic, helpful, null, null, null);
  }
}
