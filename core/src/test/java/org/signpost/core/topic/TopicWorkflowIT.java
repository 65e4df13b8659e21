package org.signpost.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.signpost.core.content.pack.DemoContent;
import org.signpost.core.content.pack.PackImportFixture;
import org.signpost.core.content.revision.Revision;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.persistence.PersistenceHarness;
import org.signpost.core.persistence.TestDatabase;
import org.signpost.core.publication.ContentRevision;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class TopicWorkflowIT {

  @Parameter TestDatabase database;

  private PersistenceHarness db;

  @BeforeEach
  void loadDemoContent() {
    db = PersistenceHarness.start(database);
    db.run(em -> PackImportFixture.importer(em).apply(DemoContent.load(), "test"));
  }

  @AfterEach
  void dropDatabase() {
    db.close();
  }

  @Test
  void revisingAPublishedTopicMovesTheContentRevisionAndKeepsARevision() {
    long before = revision();

    db.run(
        em -> {
          TopicView topic =
              workflow(em)
                  .revise(
                      "pollution",
                      new TopicDetails(
                          "Air Pollution",
                          "A new summary.",
                          "<p>New.</p>",
                          org.signpost.core.taxonomy.Audience.PROFESSIONALS,
                          null),
                      List.of(new SectionContent("Only", SectionKind.TEXT, "<p>One</p>")),
                      "editor");
          assertThat(topic.summary()).isEqualTo("A new summary.");
        });

    assertThat(revision()).isEqualTo(before + 1);
    List<Revision> kept =
        db.inTransaction(
            em -> new RevisionLog(em, Clock.systemUTC()).of(RevisionSubject.TOPIC, "pollution"));
    assertThat(kept)
        .first()
        .satisfies(r -> assertThat(r.author()).isEqualTo("editor"))
        .satisfies(r -> assertThat(r.snapshot()).contains("A new summary."));
  }

  @Test
  void withdrawingTakesATopicOffAndMovesTheRevision() {
    long before = revision();

    db.run(em -> workflow(em).withdraw("pollution", "reviewer"));

    assertThat(revision()).isEqualTo(before + 1);
    java.util.Optional<TopicView> shown =
        db.inTransaction(
            em -> new TopicCatalogue(new JpaTopicRepository(em)).publishedTopic("pollution"));
    assertThat(shown).isEmpty();
  }

  private long revision() {
    Long current = db.inTransaction(em -> new ContentRevision(em, Clock.systemUTC()).current());
    return current;
  }

  private static TopicWorkflow workflow(EntityManager em) {
    return new TopicWorkflow(
        new JpaTopicRepository(em),
        new ContentRevision(em, Clock.systemUTC()),
        new RevisionLog(em, Clock.systemUTC()),
        Clock.systemUTC());
  }
}
