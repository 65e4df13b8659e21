package org.signpost.core.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.signpost.core.taxonomy.KeyStage;

class ContentPackReaderTest {

  private final ContentPackReader cut = new ContentPackReader();

  @Test
  void theDemoPackReadsAndListsKs3Resources() {
    ContentPack demo = DemoContent.load();

    assertThat(demo.topics()).hasSize(5);
    assertThat(demo.resourcesFor(KeyStage.KS3))
        .extracting(ResourceEntry::slug)
        .containsExactly("childline-safety-plan", "nspcc-healthy-relationships-ks3");
  }

  @Test
  void onlyTheSensitiveDemoTopicOffersAQuickExitAndTheFlagSurvivesWritingAndReading() {
    ContentPack demo = DemoContent.load();
    ContentPack again = read(new ContentPackWriter().toJson(demo));

    assertThat(demo.topics())
        .filteredOn(TopicEntry::quickExit)
        .extracting(TopicEntry::slug)
        .containsExactly("healthy-relationships");
    assertThat(again.topic("healthy-relationships").orElseThrow().quickExit()).isTrue();
    assertThat(again.topic("pollution").orElseThrow().quickExit()).isFalse();
  }

  @Test
  void writingAndReadingAgainGivesTheSamePack() {
    ContentPack demo = DemoContent.load();

    ContentPack again = read(new ContentPackWriter().toJson(demo));

    assertThat(again).isEqualTo(demo);
  }

  @Test
  void everyProblemIsListedByItsPath() {
    String json =
        """
        {
          "format": "signpost-content-pack",
          "version": 1,
          "name": "Broken",
          "colour": "red",
          "organisations": [
            {"slug": "nspcc", "name": "NSPCC", "homePage": "ftp://nspcc.org.uk"},
            {"slug": "nspcc", "name": "Again", "homePage": "https://nspcc.org.uk/"}
          ],
          "resources": [
            {"slug": "Bad Slug", "title": "", "url": "https://x.example/", "type": "podcast",
             "keyStages": ["ks9", 3], "audiences": [], "provider": "nobody"}
          ],
          "topics": [
            {"slug": "t", "title": "T", "summary": "S", "audience": "pupils", "status": "published",
             "quickExit": "yes",
             "sections": [{"heading": "H", "kind": "callout"}, "text"],
             "resources": ["missing"]}
          ]
        }
        """;

    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            InvalidContentPackException.class,
            e ->
                assertThat(e.problems())
                    .extracting(PackProblem::path)
                    .containsExactlyInAnyOrder(
                        "$.colour",
                        "$.organisations[0].homePage",
                        "$.organisations[1].slug",
                        "$.resources[0].slug",
                        "$.resources[0].title",
                        "$.resources[0].type",
                        "$.resources[0].keyStages[0]",
                        "$.resources[0].keyStages[1]",
                        "$.resources[0].audiences",
                        "$.resources[0].provider",
                        "$.topics[0].audience",
                        "$.topics[0].quickExit",
                        "$.topics[0].lastReviewed",
                        "$.topics[0].sections[0].kind",
                        "$.topics[0].sections[1]",
                        "$.topics[0].resources[0]"))
        .hasMessageContaining("$.resources[0].type: \"podcast\" is not a known resource type")
        .hasMessageContaining(
            "$.topics[0].sections[0].kind: \"callout\" is not a known section kind");
  }

  @Test
  void aControlCharacterInATitleIsRefusedWithWhereItIs() {
    String json =
        """
        {"format": "signpost-content-pack", "version": 1, "name": "Bell",
         "topics": [{"slug": "t", "title": "Ring\\u0007ing", "summary": "S", "audience": "pupils",
                     "status": "draft", "sections": [{"heading": "A\\u001b[31m", "kind": "text"}]}]}
        """;

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(InvalidContentPackException.class)
        .hasMessageContaining(
            "$.topics[0].title: may not hold control characters: U+0007 at character 5")
        .hasMessageContaining("$.topics[0].sections[0].heading: may not hold control characters");
  }

  @Test
  void notJsonOrAnotherFormatIsRefused() {
    assertThatThrownBy(() -> read("{ not json"))
        .isInstanceOf(InvalidContentPackException.class)
        .hasMessageContaining("$: not valid JSON");
    assertThatThrownBy(() -> read("[]")).hasMessageContaining("a content pack is a JSON object");
    assertThatThrownBy(() -> read("{\"format\": \"other\", \"version\": 2, \"name\": \"x\"}"))
        .hasMessageContaining("$.format: must be \"signpost-content-pack\"")
        .hasMessageContaining("$.version: version 2 is not supported");
  }

  @Test
  void aPackNestedTooDeepOrWithNumbersTooLargeIsRefusedWithItsProblems() {
    String pack = "{\"format\": \"signpost-content-pack\", \"name\": \"x\", ";
    assertThatThrownBy(
            () ->
                read(
                    pack
                        + "\"version\": 1, \"topics\": "
                        + "[".repeat(5000)
                        + "]".repeat(5000)
                        + "}"))
        .isInstanceOf(InvalidContentPackException.class)
        .hasMessageContaining("$: could not be read")
        .hasMessageContaining("nested");
    assertThatThrownBy(() -> read(pack + "\"version\": 123456789012345678901234567890}"))
        .isInstanceOf(InvalidContentPackException.class)
        .hasMessageContaining("$.version: must be a whole number of at most ten digits");
    assertThatThrownBy(() -> read(pack + "\"version\": 1e999999999}"))
        .isInstanceOf(InvalidContentPackException.class)
        .hasMessageContaining("$.version");
  }

  private ContentPack read(String json) {
    return cut.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
