package org.signpost.core.topic.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.signpost.core.account.Actor;
import org.signpost.core.account.NotPermittedException;
import org.signpost.core.account.Role;
import org.signpost.core.content.review.SecondPairOfEyesException;
import org.signpost.core.content.revision.ChangedLine;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.content.revision.EditConflictException;
import org.signpost.core.content.revision.Revision;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.persistence.PersistenceHarness;
import org.signpost.core.persistence.TestDatabase;
import org.signpost.core.topic.CurationStage;
import org.signpost.core.topic.EditableTopic;
import org.signpost.core.topic.JpaTopicRepository;
import org.signpost.core.topic.PublishedTopics;
import org.signpost.core.topic.SectionContent;
import org.signpost.core.topic.SectionKind;
import org.signpost.core.topic.TopicDetails;
import org.signpost.core.topic.TopicDraft;
import org.signpost.core.topic.TopicStatus;
import org.signpost.core.topic.TopicView;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class TopicWorkflowIT {

  @Parameter TestDatabase database;

  @RegisterExtension
  final PersistenceHarness db = PersistenceHarness.eachTest(() -> database, true);

  @Test
  void aPublishedTopicsChangesWaitAsideUntilSomeoneWhoDidNotMakeThemApprovesThem() {
    long before = revision();
    String approved = shown("pollution").summary();
    Actor sam = Actor.of("sam", Role.EDITOR);
    Actor alex = Actor.of("alex", Role.EDITOR, Role.REVIEWER);

    db.run(
        em -> workflow(em).save("pollution", version("pollution"), summary("A new summary."), sam));
    db.run(em -> workflow(em).submitForReview("pollution", sam));
    db.run(
        em ->
            workflow(em).save("pollution", version("pollution"), summary("Alex's summary."), alex));
    assertThat(editable("pollution").stage())
        .as("a change to what was submitted takes the submission back")
        .isEqualTo(CurationStage.CHANGES_DRAFTED);
    db.run(em -> workflow(em).submitForReview("pollution", alex));

    assertThat(revision()).isEqualTo(before);
    assertThat(shown("pollution").summary()).isEqualTo(approved);
    EditableTopic opened = editable("pollution");
    assertThat(opened.stage()).isEqualTo(CurationStage.CHANGES_IN_REVIEW);
    assertThat(opened.draft().details().summary()).isEqualTo("Alex's summary.");
    assertThat(opened.changers()).containsExactly("sam", "alex");
    assertThat(opened.changes())
        .filteredOn(line -> line.change() == ChangedLine.Change.ADDED)
        .extracting(ChangedLine::text)
        .contains("Summary: Alex's summary.");
    assertThatThrownBy(
            () -> db.run(em -> workflow(em).publish("pollution", version("pollution"), alex)))
        .isInstanceOf(SecondPairOfEyesException.class)
        .hasMessageContaining("\"alex\"");
    assertThat(shown("pollution").summary()).isEqualTo(approved);

    db.run(
        em ->
            workflow(em)
                .publish("pollution", version("pollution"), Actor.of("kim", Role.REVIEWER)));

    assertThat(revision()).isEqualTo(before + 1);
    assertThat(shown("pollution").summary()).isEqualTo("Alex's summary.");
    EditableTopic published = editable("pollution");
    assertThat(published.stage()).isEqualTo(CurationStage.PUBLISHED);
    assertThat(published.changers()).isEmpty();
    assertThat(published.changes()).isEmpty();
  }

  /** Only 2,000 characters of changers were kept: the 33rd of 60-character logins was forgotten. */
  @Test
  void noneOfFortyPeopleWhoChangedATopicMayApproveIt() {
    List<Actor> editors =
        IntStream.rangeClosed(1, 40)
            .mapToObj(n -> Actor.of("e".repeat(57) + "-" + (10 + n), Role.EDITOR, Role.REVIEWER))
            .toList();
    for (Actor editor : editors) {
      db.run(
          em ->
              workflow(em)
                  .save(
                      "pollution",
                      version("pollution"),
                      summary("Changed by " + editor.login() + "."),
                      editor));
    }
    db.run(em -> workflow(em).submitForReview("pollution", editors.get(0)));

    assertThat(editable("pollution").changers())
        .containsExactlyElementsOf(editors.stream().map(Actor::login).toList());
    for (Actor editor : editors) {
      assertThatThrownBy(
              () -> db.run(em -> workflow(em).publish("pollution", version("pollution"), editor)))
          .as(editor.login())
          .isInstanceOf(SecondPairOfEyesException.class);
    }
    db.run(
        em ->
            workflow(em)
                .publish("pollution", version("pollution"), Actor.of("kim", Role.REVIEWER)));
    assertThat(shown("pollution").summary()).startsWith("Changed by " + editors.get(39).login());
  }

  @Test
  void aReviewerPublishesOnlyTheVersionTheyReadAndAChangeAfterSubmittingTakesItOutOfReview() {
    Actor sam = Actor.of("sam", Role.EDITOR);
    Actor kim = Actor.of("kim", Role.REVIEWER);
    String approved = shown("pollution").summary();
    db.run(em -> workflow(em).save("pollution", version("pollution"), summary("Version A."), sam));
    db.run(em -> workflow(em).submitForReview("pollution", sam));
    long readByKim = version("pollution");

    db.run(em -> workflow(em).save("pollution", version("pollution"), summary("Version B."), sam));

    assertThat(editable("pollution").stage()).isEqualTo(CurationStage.CHANGES_DRAFTED);
    assertThatThrownBy(() -> db.run(em -> workflow(em).publish("pollution", readByKim, kim)))
        .isInstanceOf(EditConflictException.class)
        .hasMessageContaining("after you opened it (sam)")
        .hasMessageContaining("Nothing was approved");
    assertThat(shown("pollution").summary()).isEqualTo(approved);

    db.run(em -> workflow(em).submitForReview("pollution", sam));
    long readAgain = version("pollution");
    db.run(em -> workflow(em).publish("pollution", readAgain, kim));
    assertThat(shown("pollution").summary()).isEqualTo("Version B.");
  }

  @Test
  void aDraftChangedInReviewGoesBackToItsAuthorsAndAnOldVersionIsNotPublished() {
    Actor sam = Actor.of("sam", Role.EDITOR);
    Actor kim = Actor.of("kim", Role.REVIEWER);
    db.run(em -> workflow(em).withdraw("pollution", kim));
    db.run(em -> workflow(em).submitForReview("pollution", sam));
    long readByKim = version("pollution");
    db.run(em -> workflow(em).save("pollution", version("pollution"), summary("Unread."), sam));

    assertThat(editable("pollution").stage()).isEqualTo(CurationStage.DRAFT);
    assertThatThrownBy(() -> db.run(em -> workflow(em).publish("pollution", readByKim, kim)))
        .isInstanceOf(EditConflictException.class);
    java.util.Optional<TopicView> readersSee =
        db.inTransaction(
            em -> new PublishedTopics(new JpaTopicRepository(em)).publishedTopic("pollution"));
    assertThat(readersSee).isEmpty();
  }

  @Test
  void discardedChangesLeaveReadersWhereTheyWereAndWithdrawingKeepsTheChangesInTheDraft() {
    Actor sam = Actor.of("sam", Role.EDITOR);
    db.run(em -> workflow(em).save("pollution", version("pollution"), summary("Dropped."), sam));
    db.run(em -> workflow(em).discardChanges("pollution", sam));

    assertThat(editable("pollution").stage()).isEqualTo(CurationStage.PUBLISHED);
    assertThat(editable("pollution").draft().details().summary()).isNotEqualTo("Dropped.");

    db.run(em -> workflow(em).save("pollution", version("pollution"), summary("Kept."), sam));
    db.run(em -> workflow(em).withdraw("pollution", Actor.of("kim", Role.REVIEWER)));

    assertThat(editable("pollution").stage()).isEqualTo(CurationStage.DRAFT);
    assertThat(editable("pollution").draft().details().summary()).isEqualTo("Kept.");
  }

  private long version(String slug) {
    return editable(slug).version();
  }

  private TopicView shown(String slug) {
    return db.inTransaction(
            em -> new PublishedTopics(new JpaTopicRepository(em)).publishedTopic(slug))
        .orElseThrow();
  }

  private static TopicDraft summary(String summary) {
    return new TopicDraft(
        new TopicDetails(
            "Air Pollution",
            summary,
            "<p>New.</p>",
            org.signpost.core.taxonomy.Audience.PROFESSIONALS,
            null),
        List.of(new SectionContent("Only", SectionKind.TEXT, "<p>One</p>")),
        List.of());
  }

  @Test
  void withdrawingTakesATopicOffAndMovesTheRevision() {
    long before = revision();

    db.run(em -> workflow(em).withdraw("pollution", Actor.of("reviewer", Role.REVIEWER)));

    assertThat(revision()).isEqualTo(before + 1);
    java.util.Optional<TopicView> shown =
        db.inTransaction(
            em -> new PublishedTopics(new JpaTopicRepository(em)).publishedTopic("pollution"));
    assertThat(shown).isEmpty();
  }

  @Test
  void eachRoleDoesItsPartAndTheAuthorCannotApproveTheirOwnChange() {
    Actor editor = Actor.of("sam", Role.EDITOR);
    Actor reviewer = Actor.of("alex", Role.REVIEWER);
    db.run(em -> workflow(em).withdraw("pollution", reviewer));

    assertThatThrownBy(() -> db.run(em -> workflow(em).submitForReview("pollution", reviewer)))
        .isInstanceOf(NotPermittedException.class)
        .hasMessageContaining("only editors and admins may");
    db.run(em -> workflow(em).submitForReview("pollution", editor));
    assertThatThrownBy(
            () -> db.run(em -> workflow(em).publish("pollution", version("pollution"), editor)))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        workflow(em)
                            .publish(
                                "pollution", version("pollution"), Actor.of("sam", Role.REVIEWER))))
        .isInstanceOf(SecondPairOfEyesException.class);
    TopicView published =
        db.inTransaction(em -> workflow(em).publish("pollution", version("pollution"), reviewer));

    assertThat(published.status()).isEqualTo("published");
  }

  @Test
  void submittingSavesWhatWasWrittenFirstAndAStaleVersionSubmitsNothing() {
    Actor editor = Actor.of("sam", Role.EDITOR);
    db.run(em -> workflow(em).withdraw("pollution", Actor.of("alex", Role.REVIEWER)));
    EditableTopic opened = editable("pollution");
    TopicDetails typed =
        new TopicDetails(
            opened.draft().details().title(),
            "Typed but not saved before submitting.",
            opened.draft().details().introduction(),
            opened.draft().details().audience(),
            opened.draft().details().owner());
    TopicDraft unsaved =
        new TopicDraft(typed, opened.draft().sections(), opened.draft().resources());

    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        workflow(em)
                            .submitForReview("pollution", opened.version() - 1, unsaved, editor)))
        .isInstanceOf(EditConflictException.class);
    assertThat(editable("pollution").status()).isEqualTo(TopicStatus.DRAFT);

    TopicView submitted =
        db.inTransaction(
            em -> workflow(em).submitForReview("pollution", opened.version(), unsaved, editor));

    assertThat(submitted.status()).isEqualTo(TopicStatus.IN_REVIEW.code());
    assertThat(editable("pollution").draft().details().summary())
        .isEqualTo("Typed but not saved before submitting.");
    assertThat(summaries("pollution")).startsWith("Submitted for review", "Saved");
  }

  @Test
  void submittingWithNothingChangedKeepsNoEmptySave() {
    db.run(em -> workflow(em).withdraw("pollution", Actor.of("alex", Role.REVIEWER)));
    EditableTopic opened = editable("pollution");

    db.run(
        em ->
            workflow(em)
                .submitForReview(
                    "pollution", opened.version(), opened.draft(), Actor.of("sam", Role.EDITOR)));

    assertThat(summaries("pollution"))
        .startsWith("Submitted for review", "Withdrawn from the public site");
  }

  private EditableTopic editable(String slug) {
    return db.inTransaction(
        em ->
            new HeldChanges(new RevisionLog(em, Clock.systemUTC()), new JpaTopicRepository(em))
                .editable(slug)
                .orElseThrow());
  }

  private List<String> summaries(String slug) {
    return db.inTransaction(
        em ->
            new RevisionLog(em, Clock.systemUTC())
                .of(RevisionSubject.TOPIC, slug).stream().map(Revision::summary).toList());
  }

  @Test
  void onlyAnAdministratorPublishesWithoutReviewAndTheReasonIsKept() {
    db.run(em -> workflow(em).withdraw("pollution", Actor.of("alex", Role.REVIEWER)));

    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        workflow(em)
                            .publishInEmergency(
                                "pollution",
                                version("pollution"),
                                Actor.of("alex", Role.REVIEWER),
                                "Urgent correction")))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        workflow(em)
                            .publishInEmergency(
                                "pollution",
                                version("pollution"),
                                Actor.of("root", Role.ADMIN),
                                "now")))
        .hasMessageContaining("reason");
    db.run(
        em ->
            workflow(em)
                .publishInEmergency(
                    "pollution",
                    version("pollution"),
                    Actor.of("root", Role.ADMIN),
                    "Wrong helpline number corrected"));

    List<Revision> kept =
        db.inTransaction(
            em -> new RevisionLog(em, Clock.systemUTC()).of(RevisionSubject.TOPIC, "pollution"));
    assertThat(kept.get(0).summary())
        .startsWith(
            "Published without review in an emergency: Wrong helpline number corrected; next review due ");
    assertThat(kept.get(0).author()).isEqualTo("root");
  }

  private long revision() {
    Long current = db.inTransaction(em -> new ContentRevision(em, Clock.systemUTC()).current());
    return current;
  }

  private static TopicWorkflow workflow(EntityManager em) {
    return new TopicWorkflow(
        new JpaTopicRepository(em),
        new org.signpost.core.resource.JpaResourceRepository(em),
        new ContentRevision(em, Clock.systemUTC()),
        new RevisionLog(em, Clock.systemUTC()),
        Clock.systemUTC());
  }
}
