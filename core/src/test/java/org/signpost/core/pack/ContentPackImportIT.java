package org.signpost.core.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.signpost.core.persistence.PersistenceHarness;
import org.signpost.core.persistence.TestDatabase;
import org.signpost.core.topic.JpaTopicRepository;
import org.signpost.core.topic.SectionKind;
import org.signpost.core.topic.Topic;
import org.signpost.core.topic.TopicStatus;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class ContentPackImportIT {

  private static final List<String> TABLES =
      List.of(
          "organisation",
          "resource",
          "resource_key_stage",
          "resource_audience",
          "topic",
          "section",
          "topic_resource",
          "revision");

  @Parameter TestDatabase database;

  @RegisterExtension
  final PersistenceHarness db = PersistenceHarness.eachTest(() -> database, false);

  @Test
  void theDemoPackHoldsHealthyRelationshipsWithItsSectionsCalloutsAndResources() {
    ImportReport report =
        db.inTransaction(em -> PackImportFixture.importer(em).apply(DemoContent.load(), "test"));

    assertThat(report.count(ImportReport.Action.CREATED)).isEqualTo(report.changes().size());
    Topic topic =
        db.inTransaction(
            em -> {
              Topic found =
                  new JpaTopicRepository(em).findBySlug("healthy-relationships").orElseThrow();
              found.sections().size();
              found.resources().forEach(r -> r.keyStages());
              return found;
            });
    assertThat(topic.status()).isEqualTo(TopicStatus.PUBLISHED);
    assertThat(topic.sections())
        .extracting(s -> s.heading())
        .startsWith(
            "In professional settings",
            "Healthy relationships",
            "Online safety",
            "Intimate relationships");
    assertThat(topic.sections())
        .filteredOn(s -> s.kind() == SectionKind.SAFEGUARDING)
        .extracting(s -> s.body())
        .anySatisfy(body -> assertThat(body).contains("Gillick").contains("Fraser"))
        .anySatisfy(
            body -> assertThat(body).contains("under 13").contains("Sexual Offences Act 2003"));
    assertThat(topic.resources()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(topic.resources())
        .filteredOn(r -> r.provider().slug().equals("nspcc"))
        .flatExtracting(r -> r.keyStages())
        .extracting(ks -> ks.code())
        .contains("ks2", "ks3", "ks4");
    assertThat(db.rows("topic")).isEqualTo(5);
  }

  @Test
  void importingTheSamePackTwiceChangesNothing() {
    db.run(em -> PackImportFixture.importer(em).apply(DemoContent.load(), "test"));
    Map<String, Long> before = rowCounts();

    ImportReport second =
        db.inTransaction(em -> PackImportFixture.importer(em).apply(DemoContent.load(), "test"));

    assertThat(second.changedNothing()).as(second.toString()).isTrue();
    assertThat(rowCounts()).isEqualTo(before);
  }

  @Test
  void aChangedEntryIsUpdatedInPlaceAndGetsARevision() {
    db.run(em -> PackImportFixture.importer(em).apply(DemoContent.load(), "test"));
    ContentPack demo = DemoContent.load();
    TopicEntry original = demo.topic("pollution").orElseThrow();
    TopicEntry retitled =
        new TopicEntry(
            original.slug(),
            "Air Pollution and Children",
            original.summary(),
            original.introduction(),
            original.audience(),
            original.owner(),
            original.quickExit(),
            original.status(),
            original.lastReviewed(),
            original.nextReviewDue(),
            original.sections(),
            original.resources());
    ContentPack changed =
        new ContentPack(
            demo.version(),
            demo.name(),
            demo.organisations(),
            demo.resources(),
            demo.topics().stream().map(t -> t.slug().equals("pollution") ? retitled : t).toList());
    long revisionsBefore = db.rows("revision");

    ImportReport report =
        db.inTransaction(em -> PackImportFixture.importer(em).apply(changed, "test"));

    assertThat(report.changes())
        .filteredOn(c -> c.action() != ImportReport.Action.UNCHANGED)
        .containsExactly(
            new ImportReport.Change(
                "topic", "pollution", "Air Pollution and Children", ImportReport.Action.UPDATED));
    assertThat(db.rows("topic")).isEqualTo(5);
    assertThat(db.rows("revision")).isEqualTo(revisionsBefore + 1);
    String title =
        db.inTransaction(
            em -> new JpaTopicRepository(em).findBySlug("pollution").orElseThrow().title());
    assertThat(title).isEqualTo("Air Pollution and Children");
  }

  @Test
  void exportWritesBackExactlyWhatWasImported() {
    ContentPack demo = DemoContent.load();
    db.run(em -> PackImportFixture.importer(em).apply(demo, "test"));

    ContentPack exported =
        db.inTransaction(em -> PackImportFixture.exporter(em).export(demo.name()));
    String json = new ContentPackWriter().toJson(exported);
    ContentPack reread =
        new ContentPackReader()
            .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(sortedBySlug(reread)).isEqualTo(sortedBySlug(demo));
  }

  @Test
  void aBadPackIsRefusedWholeAndNothingIsWritten() {
    String bad =
        new String(readDemoBytes(), StandardCharsets.UTF_8)
            .replace("\"kind\": \"safeguarding\"", "\"kind\": \"callout\"")
            .replace("\"ks3\", \"ks4\"", "\"year 12\", \"ks4\"");

    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        PackImportFixture.importer(em)
                            .apply(
                                new ContentPackReader()
                                    .read(
                                        new ByteArrayInputStream(
                                            bad.getBytes(StandardCharsets.UTF_8))),
                                "test")))
        .isInstanceOf(InvalidContentPackException.class)
        .satisfies(
            e ->
                assertThat(((InvalidContentPackException) e).problems())
                    .extracting(PackProblem::path)
                    .contains(
                        "$.resources[0].keyStages[0]",
                        "$.topics[0].sections[4].kind",
                        "$.topics[0].sections[5].kind"));
    TABLES.forEach(table -> assertThat(db.rows(table)).as(table).isZero());
  }

  @Test
  void aFailureHalfwayThroughTheImportLeavesNothingBehind() {
    ContentPack demo = DemoContent.load();
    TopicEntry first = demo.topics().get(0);
    TopicEntry clash =
        new TopicEntry(
            first.slug(),
            first.title(),
            first.summary(),
            first.introduction(),
            first.audience(),
            "o".repeat(Topic.MAX_OWNER + 1),
            first.quickExit(),
            first.status(),
            first.lastReviewed(),
            first.nextReviewDue(),
            first.sections(),
            first.resources());
    ContentPack broken =
        new ContentPack(
            demo.version(), demo.name(), demo.organisations(), demo.resources(), List.of(clash));

    assertThatThrownBy(() -> db.run(em -> PackImportFixture.importer(em).apply(broken, "test")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("owner");
    TABLES.forEach(table -> assertThat(db.rows(table)).as(table).isZero());
  }

  private Map<String, Long> rowCounts() {
    return TABLES.stream().collect(java.util.stream.Collectors.toMap(table -> table, db::rows));
  }

  private static byte[] readDemoBytes() {
    try (var in = DemoContent.open()) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ContentPack sortedBySlug(ContentPack pack) {
    return new ContentPack(
        pack.version(),
        pack.name(),
        pack.organisations().stream()
            .sorted(java.util.Comparator.comparing(OrganisationEntry::slug))
            .toList(),
        pack.resources().stream()
            .sorted(java.util.Comparator.comparing(ResourceEntry::slug))
            .toList(),
        pack.topics().stream().sorted(java.util.Comparator.comparing(TopicEntry::slug)).toList());
  }
}
