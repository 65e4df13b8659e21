package org.signpost.core.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.signpost.core.account.AccountAdministration;
import org.signpost.core.account.AccountChange;
import org.signpost.core.account.AccountService;
import org.signpost.core.account.Actor;
import org.signpost.core.account.JpaAccountRepository;
import org.signpost.core.account.PasswordHasher;
import org.signpost.core.account.Role;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.content.revision.EditConflictException;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.feedback.FeedbackFilter;
import org.signpost.core.feedback.FeedbackReport;
import org.signpost.core.feedback.FeedbackService;
import org.signpost.core.feedback.FeedbackSubmission;
import org.signpost.core.feedback.JpaFeedbackRepository;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.persistence.PersistenceHarness;
import org.signpost.core.persistence.TestDatabase;
import org.signpost.core.resource.JpaOrganisationRepository;
import org.signpost.core.resource.JpaResourceRepository;
import org.signpost.core.resource.ResourceDraft;
import org.signpost.core.resource.ResourceOrder;
import org.signpost.core.resource.ResourceQuery;
import org.signpost.core.resource.editing.ResourceEditing;
import org.signpost.core.review.ReviewSchedule;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;
import org.signpost.core.topic.CurationStage;
import org.signpost.core.topic.EditableTopic;
import org.signpost.core.topic.JpaTopicRepository;
import org.signpost.core.topic.SectionContent;
import org.signpost.core.topic.SectionKind;
import org.signpost.core.topic.TopicChoice;
import org.signpost.core.topic.TopicDetails;
import org.signpost.core.topic.TopicDraft;
import org.signpost.core.topic.TopicFilter;
import org.signpost.core.topic.TopicOrder;
import org.signpost.core.topic.TopicStatus;
import org.signpost.core.topic.TopicsForCurators;
import org.signpost.core.topic.workflow.HeldChanges;
import org.signpost.core.topic.workflow.TopicReviewDates;
import org.signpost.core.topic.workflow.TopicWorkflow;

/** What curators do in the console, against the real schema on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class CurationIT {

  private static final Actor EDITOR = Actor.of("sam", Role.EDITOR);
  private static final Actor OTHER_EDITOR = Actor.of("kim", Role.EDITOR);
  private static final Actor REVIEWER = Actor.of("alex", Role.REVIEWER);
  private static final Actor ADMIN = Actor.of("root", Role.ADMIN);

  @Parameter TestDatabase database;

  @RegisterExtension
  final PersistenceHarness db = PersistenceHarness.eachTest(() -> database, true);

  @Test
  void anEditorWritesATopicWithSectionsAndResourcesAndAReviewerPublishesIt() {
    TopicDraft draft =
        new TopicDraft(
            new TopicDetails(
                "Sleep & Screens",
                "Helping pupils sleep.",
                "<p>Intro</p>",
                Audience.PROFESSIONALS,
                "School nursing"),
            List.of(
                new SectionContent("Why sleep matters", SectionKind.TEXT, "<p>Rest.</p>"),
                new SectionContent(
                    "Safeguarding",
                    SectionKind.SAFEGUARDING,
                    "<p>Under-13s<script>alert(1)</script></p>")),
            List.of("childline-safety-plan", "nspcc-healthy-relationships-ks3"));

    String slug = db.inTransaction(em -> workflow(em).create(null, draft, EDITOR)).slug();
    db.run(em -> workflow(em).submitForReview(slug, EDITOR));
    long submitted = topicVersion(slug);
    db.run(em -> workflow(em).publish(slug, submitted, REVIEWER));

    EditableTopic stored = db.inTransaction(em -> held(em).editable(slug)).orElseThrow();
    assertThat(slug).isEqualTo("sleep-screens");
    assertThat(stored.status()).isEqualTo(TopicStatus.PUBLISHED);
    assertThat(stored.nextReviewDue()).isAfter(LocalDate.now().plusYears(2));
    assertThat(stored.draft().sections())
        .extracting(SectionContent::kind)
        .containsExactly(SectionKind.TEXT, SectionKind.SAFEGUARDING);
    assertThat(stored.draft().sections().get(1).body()).doesNotContain("script");
    assertThat(stored.draft().resources())
        .containsExactly("childline-safety-plan", "nspcc-healthy-relationships-ks3");
  }

  @Test
  void theSecondOfTwoEditorsGetsAConflictAndTheFirstOnesWorkStays() {
    EditableTopic opened = db.inTransaction(em -> held(em).editable("pollution")).orElseThrow();
    TopicDraft first = withSummary(opened.draft(), "The first editor's summary.");
    TopicDraft second = withSummary(opened.draft(), "The second editor's summary.");

    db.run(em -> workflow(em).save("pollution", opened.version(), first, EDITOR));

    assertThatThrownBy(
            () ->
                db.run(
                    em -> workflow(em).save("pollution", opened.version(), second, OTHER_EDITOR)))
        .isInstanceOf(EditConflictException.class)
        .hasMessageContaining("(sam)")
        .hasMessageContaining("your changes are still here");
    EditableTopic now = db.inTransaction(em -> held(em).editable("pollution")).orElseThrow();
    assertThat(now.draft().details().summary()).isEqualTo("The first editor's summary.");
  }

  @Test
  void theTopicListFiltersSortsAndPages() {
    var page =
        db.inTransaction(
            em ->
                new TopicsForCurators(em)
                    .find(
                        new TopicFilter(null, TopicStatus.PUBLISHED, null),
                        TopicOrder.TITLE,
                        false,
                        new PageRequest(0, 2)));

    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items()).hasSize(2);
    assertThat(page.items().get(0).title()).isGreaterThan(page.items().get(1).title());
  }

  @Test
  void everyTopicIsOfferedAsAChoicePastOneHundred() {
    int before = db.inTransaction(em -> new TopicsForCurators(em).choices(null)).size();
    for (int i = 0; i < 120; i++) {
      TopicDraft draft =
          new TopicDraft(
              new TopicDetails(
                  "Extra topic " + i, "A summary.", "<p>Intro</p>", Audience.PROFESSIONALS, "Us"),
              List.of(),
              List.of());
      db.run(em -> workflow(em).create(null, draft, EDITOR));
    }

    List<TopicChoice> all = db.inTransaction(em -> new TopicsForCurators(em).choices(null));
    List<TopicChoice> published =
        db.inTransaction(em -> new TopicsForCurators(em).choices(TopicStatus.PUBLISHED));

    assertThat(all).hasSize(before + 120);
    assertThat(all).extracting(TopicChoice::slug).contains("extra-topic-0", "extra-topic-119");
    assertThat(published)
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.status()).isEqualTo(TopicStatus.PUBLISHED));
  }

  @Test
  void theDashboardsLinkCountsHoldEveryStatusAndEveryResourceInUse() {
    int inUse =
        db.inTransaction(
            em ->
                (int)
                    new JpaResourceRepository(em)
                        .findAll().stream().filter(r -> !r.isArchived()).count());

    var counts = db.inTransaction(em -> new JpaResourceRepository(em).countByLinkStatus());

    assertThat(counts).containsOnlyKeys(org.signpost.core.resource.LinkStatus.values());
    assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(inUse);
    assertThat(counts.get(org.signpost.core.resource.LinkStatus.UNCHECKED)).isEqualTo(inUse);
  }

  @Test
  void markingAsReviewedSetsTodayAndTheNextDateAndOnlyReviewersMayDoIt() {
    assertThatThrownBy(() -> db.run(em -> reviewDates(em).markReviewed("pollution", EDITOR)))
        .hasMessageContaining("only reviewers and admins");

    db.run(em -> reviewDates(em).markReviewed("pollution", REVIEWER));

    EditableTopic now = db.inTransaction(em -> held(em).editable("pollution")).orElseThrow();
    assertThat(now.lastReviewed()).isEqualTo(LocalDate.now(Clock.systemUTC()));
    assertThat(now.nextReviewDue()).isEqualTo(LocalDate.now(Clock.systemUTC()).plusYears(3));
  }

  @Test
  void aReviewerSetsTheNextReviewDateWithinOneCycleAndAnEditorCannot() {
    LocalDate today = LocalDate.now(Clock.systemUTC());
    LocalDate sooner = today.plusMonths(6);

    assertThatThrownBy(
            () -> db.run(em -> reviewDates(em).scheduleReview("pollution", sooner, EDITOR)))
        .hasMessageContaining("only reviewers and admins");
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        reviewDates(em).scheduleReview("pollution", today.minusDays(1), REVIEWER)))
        .hasMessageContaining("must fall after today");
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        reviewDates(em).scheduleReview("pollution", today.plusYears(4), REVIEWER)))
        .hasMessageContaining("no later than");

    db.run(em -> reviewDates(em).scheduleReview("pollution", sooner, REVIEWER));

    EditableTopic now = db.inTransaction(em -> held(em).editable("pollution")).orElseThrow();
    assertThat(now.nextReviewDue()).isEqualTo(sooner);
  }

  @Test
  void aResourceAndEachChangeToItReachReadersOnlyWhenSomeoneWhoDidNotWriteThemApproves() {
    Actor editorAndReviewer = Actor.of("kim", Role.EDITOR, Role.REVIEWER);
    ResourceDraft draft =
        new ResourceDraft(
            "Bedtime routines",
            "https://www.example.org/bedtime",
            "Routines that help.",
            ResourceType.INFORMATION,
            Set.of(KeyStage.KS2),
            Set.of(Audience.PARENTS_AND_CARERS),
            "childline",
            List.of());
    String slug = db.inTransaction(em -> editing(em).create(draft, editorAndReviewer)).slug();

    assertThat(readersFind("Bedtime")).as("new, not approved").isEmpty();
    long created = resourceVersion(slug);
    assertThatThrownBy(() -> db.run(em -> editing(em).approve(slug, created, editorAndReviewer)))
        .hasMessageContaining("someone else must approve it");
    db.run(em -> editing(em).approve(slug, created, REVIEWER));
    assertThat(readersFind("Bedtime")).containsExactly("Bedtime routines");

    long version =
        db.inTransaction(em -> editing(em).editable(slug, EDITOR)).orElseThrow().version();
    var changed =
        db.inTransaction(
            em ->
                editing(em)
                    .save(
                        slug,
                        version,
                        new ResourceDraft(
                            "Bedtime routines (changed)",
                            "https://attacker.example/",
                            draft.description(),
                            draft.type(),
                            draft.keyStages(),
                            draft.audiences(),
                            draft.provider(),
                            List.of()),
                        EDITOR));

    assertThat(changed.awaitsApproval()).isTrue();
    assertThat(changed.draft().url()).isEqualTo("https://attacker.example/");
    assertThat(changed.changes())
        .filteredOn(l -> l.change() == org.signpost.core.content.revision.ChangedLine.Change.ADDED)
        .extracting(l -> l.text())
        .contains("Address: https://attacker.example/");
    assertThat(readersFind("Bedtime")).containsExactly("Bedtime routines");
    long held = resourceVersion(slug);
    assertThatThrownBy(() -> db.run(em -> editing(em).approve(slug, held, EDITOR)))
        .isInstanceOf(org.signpost.core.account.NotPermittedException.class);

    long seenByReviewer = resourceVersion(slug);
    db.run(
        em ->
            editing(em)
                .save(
                    slug,
                    seenByReviewer,
                    new ResourceDraft(
                        "Bedtime routines (unread)",
                        "https://unreviewed.example/",
                        draft.description(),
                        draft.type(),
                        draft.keyStages(),
                        draft.audiences(),
                        draft.provider(),
                        List.of()),
                    EDITOR));
    assertThatThrownBy(
            () -> db.run(em -> editing(em).approve(slug, seenByReviewer, editorAndReviewer)))
        .as("an address saved after the reviewer opened the resource is not approved unread")
        .isInstanceOf(org.signpost.core.content.revision.EditConflictException.class)
        .hasMessageContaining("Nothing was approved");
    assertThat(readersFind("Bedtime")).containsExactly("Bedtime routines");

    long reread = resourceVersion(slug);
    db.run(em -> editing(em).approve(slug, reread, editorAndReviewer));
    assertThat(readersFind("Bedtime")).containsExactly("Bedtime routines (unread)");
  }

  private long resourceVersion(String slug) {
    return db.inTransaction(em -> editing(em).editable(slug, EDITOR)).orElseThrow().version();
  }

  private long topicVersion(String slug) {
    return db.inTransaction(em -> held(em).editable(slug)).orElseThrow().version();
  }

  private List<String> readersFind(String words) {
    return db.inTransaction(
        em ->
            new org.signpost.core.resource.ResourceCatalogue(
                    new JpaResourceRepository(em), new JpaOrganisationRepository(em))
                .search(ResourceQuery.all().withText(words), PageRequest.first(10)).items().stream()
                    .map(r -> r.title())
                    .toList());
  }

  @Test
  void resourcesAreCreatedWithTopicsWarnedOfDuplicatesAndChangedInBulk() {
    ResourceDraft draft =
        new ResourceDraft(
            "Sleep diary",
            "https://WWW.childline.org.uk",
            "A diary.",
            ResourceType.INFORMATION,
            Set.of(KeyStage.KS3),
            Set.of(Audience.YOUNG_PEOPLE),
            "childline",
            List.of("healthy-relationships"));

    var duplicates = db.inTransaction(em -> editing(em).sameAddress(draft.url(), null, EDITOR));
    String slug = db.inTransaction(em -> editing(em).create(draft, EDITOR)).slug();
    int changed =
        db.inTransaction(
            em ->
                editing(em)
                    .addKeyStage(List.of(slug, "childline-safety-plan"), KeyStage.KS4, EDITOR));
    int archived = db.inTransaction(em -> editing(em).archive(List.of(slug), EDITOR));

    assertThat(duplicates).extracting(r -> r.slug()).containsExactly("childline-safety-plan");
    assertThat(changed).isEqualTo(1);
    assertThat(archived).isEqualTo(1);
    var stored = db.inTransaction(em -> editing(em).editable(slug, EDITOR)).orElseThrow();
    assertThat(stored.archived()).isTrue();
    assertThat(stored.draft().keyStages()).containsExactlyInAnyOrder(KeyStage.KS3, KeyStage.KS4);
    assertThat(stored.draft().topics()).containsExactly("healthy-relationships");
    EditableTopic topic =
        db.inTransaction(em -> held(em).editable("healthy-relationships")).orElseThrow();
    assertThat(topic.stage()).isEqualTo(CurationStage.CHANGES_DRAFTED);
    assertThat(topic.draft().resources()).contains(slug);
    List<String> seenByReaders =
        db.inTransaction(
            em ->
                new JpaTopicRepository(em)
                    .findBySlug("healthy-relationships").orElseThrow().resources().stream()
                        .map(r -> r.slug())
                        .toList());
    assertThat(seenByReaders)
        .as("readers do not see the resource before someone else approves it")
        .doesNotContain(slug);
    var listed =
        db.inTransaction(
            em ->
                editing(em)
                    .find(
                        ResourceQuery.all().withText("sleep diary"),
                        true,
                        ResourceOrder.TITLE,
                        true,
                        PageRequest.first(10),
                        EDITOR));
    assertThat(listed.items()).extracting(r -> r.archived()).containsExactly(true);
    List<org.signpost.core.content.revision.Revision> kept =
        db.inTransaction(
            em -> new RevisionLog(em, Clock.systemUTC()).of(RevisionSubject.RESOURCE, slug));
    assertThat(kept)
        .extracting(r -> r.summary())
        .containsExactly("Archived", "Added Key Stage 4", "Created");
  }

  @Test
  void signpostKeepsAnEnabledAdministrator() {
    db.run(
        em ->
            accounts(em)
                .create(
                    "root",
                    "Root",
                    null,
                    Set.of(Role.ADMIN),
                    "a long admin password".toCharArray(),
                    ADMIN));
    db.run(
        em ->
            accounts(em)
                .create(
                    "alex",
                    "Alex",
                    "alex@example.org",
                    Set.of(Role.REVIEWER),
                    "another long password".toCharArray(),
                    ADMIN));

    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        accounts(em)
                            .change(
                                "root", new AccountChange(Set.of(Role.EDITOR), null, null), ADMIN)))
        .hasMessageContaining("at least one enabled administrator");
    assertThatThrownBy(() -> db.run(em -> accounts(em).disable("root", ADMIN)))
        .hasMessageContaining("your own account");
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        accounts(em)
                            .create(
                                "kim",
                                "Kim",
                                "not-an-address",
                                Set.of(Role.EDITOR),
                                "yet another long one".toCharArray(),
                                ADMIN)))
        .hasMessageContaining("is not an e-mail address");
    assertThatThrownBy(() -> db.run(em -> accounts(em).list(EDITOR)))
        .hasMessageContaining("only admins");
    List<org.signpost.core.account.AccountRow> listed =
        db.inTransaction(em -> accounts(em).list(ADMIN));
    assertThat(listed).extracting(a -> a.login()).containsExactly("alex", "root");
  }

  @Test
  void theFeedbackReportFiltersAndExportsCsvThatSpreadsheetsReadAsText() {
    db.run(
        em -> {
          FeedbackService service =
              new FeedbackService(new JpaFeedbackRepository(em), Clock.systemUTC());
          service.submit(
              new FeedbackSubmission(
                  "pollution",
                  "/topics/pollution",
                  false,
                  "=HYPERLINK(\"x\"), and \"quotes\"",
                  "https://school.example",
                  null));
          service.submit(
              new FeedbackSubmission("pollution", "/topics/pollution", true, null, null, null));
          service.submit(
              new FeedbackSubmission(
                  "healthy-relationships",
                  "/topics/healthy-relationships",
                  true,
                  null,
                  null,
                  null));
        });

    var notHelpful =
        db.inTransaction(
            em ->
                new FeedbackReport(em)
                    .find(
                        new FeedbackFilter("pollution", false, null, null, null),
                        PageRequest.first(10),
                        EDITOR));
    StringWriter csv = new StringWriter();
    db.run(
        em ->
            new FeedbackReport(em)
                .writeCsv(
                    new FeedbackFilter(
                        "pollution",
                        null,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(1),
                        null),
                    csv,
                    EDITOR));

    assertThat(notHelpful.total()).isEqualTo(1);
    assertThat(notHelpful.items().get(0).site()).isEqualTo("https://school.example");
    assertThat(csv.toString().lines())
        .hasSize(3)
        .first()
        .isEqualTo("received_at,topic,page,helpful,comment,site");
    assertThat(csv.toString()).contains("\"'=HYPERLINK(\"\"x\"\"), and \"\"quotes\"\"\"");
  }

  private static TopicDraft withSummary(TopicDraft draft, String summary) {
    TopicDetails d = draft.details();
    return new TopicDraft(
        new TopicDetails(d.title(), summary, d.introduction(), d.audience(), d.owner()),
        draft.sections(),
        draft.resources());
  }

  private static TopicWorkflow workflow(EntityManager em) {
    return new TopicWorkflow(
        new JpaTopicRepository(em),
        new JpaResourceRepository(em),
        new ContentRevision(em, Clock.systemUTC()),
        new RevisionLog(em, Clock.systemUTC()),
        Clock.systemUTC());
  }

  private static TopicReviewDates reviewDates(EntityManager em) {
    return new TopicReviewDates(
        new JpaTopicRepository(em),
        new JpaResourceRepository(em),
        new ContentRevision(em, Clock.systemUTC()),
        new RevisionLog(em, Clock.systemUTC()),
        Clock.systemUTC());
  }

  private static HeldChanges held(EntityManager em) {
    return new HeldChanges(new RevisionLog(em, Clock.systemUTC()), new JpaTopicRepository(em));
  }

  private static ResourceEditing editing(EntityManager em) {
    return new ResourceEditing(
        new JpaResourceRepository(em),
        new JpaOrganisationRepository(em),
        new JpaTopicRepository(em),
        new RevisionLog(em, Clock.systemUTC()),
        new ContentRevision(em, Clock.systemUTC()));
  }

  private static AccountAdministration accounts(EntityManager em) {
    JpaAccountRepository repository = new JpaAccountRepository(em);
    return new AccountAdministration(
        repository,
        new AccountService(repository, new PasswordHasher(), Clock.systemUTC()),
        new RevisionLog(em, Clock.systemUTC()));
  }

  @SuppressWarnings("unused")
  private static ReviewSchedule schedule(EntityManager em) {
    return new ReviewSchedule(new JpaTopicRepository(em));
  }
}
