package org.signpost.core.content.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A snapshot reads as a curator would write it: words, titles and UK dates, never codes or tags.
 */
class ReadableSnapshotTest {

  private static final SnapshotNames NAMES =
      new SnapshotNames(
          Map.of(),
          Map.of("nspcc-ks3", "Healthy relationships lessons for Key Stage 3"),
          Map.of("nspcc", "NSPCC"));

  @Test
  void aTopicReadsInWordsWithTitlesDatesAndPlainText() {
    String topic =
        """
        {"slug": "healthy-relationships", "title": "Healthy Relationships",
         "introduction": "<p>Respect &amp; kindness &#64; school.</p><ul><li>Ask <a href=\\"https://www.childline.org.uk/\\">Childline</a></li></ul>",
         "audience": "professionals", "quickExit": true, "status": "in-review",
         "lastReviewed": "2025-06-12", "sections": [{"heading": "Safeguarding", "kind": "safeguarding", "body": "<p>Tell the lead.</p>"}],
         "resources": ["nspcc-ks3", "gone-resource"]}
        """;

    assertThat(ReadableSnapshot.lines(topic, NAMES))
        .containsExactly(
            "Web address (slug): healthy-relationships",
            "Title: Healthy Relationships",
            "Introduction: Respect & kindness @ school.",
            "Introduction: • Ask Childline (https://www.childline.org.uk/)",
            "Audience: Professionals",
            "Quick exit: yes",
            "Status: In review",
            "Last reviewed: 12 June 2025",
            "Section 1 heading: Safeguarding",
            "Section 1 kind: Safeguarding",
            "Section 1 body: Tell the lead.",
            "Resource 1: Healthy relationships lessons for Key Stage 3",
            "Resource 2: gone-resource");
  }

  @Test
  void aResourceNamesItsKeyStagesTypeAndProviderByTheirLabels() {
    String resource =
        """
        {"slug": "nspcc-ks3", "url": "https://learning.nspcc.org.uk/", "type": "lesson-plan",
         "keyStages": ["ks3", "ks4"], "audiences": [], "provider": "nspcc"}
        """;

    assertThat(ReadableSnapshot.lines(resource, NAMES))
        .contains(
            "Address: https://learning.nspcc.org.uk/",
            "Key stages: Key Stage 3, ages 11 to 14, Key Stage 4, ages 14 to 16",
            "Audiences: none",
            "Type: Lesson plans",
            "Provider: NSPCC")
        .noneMatch(line -> line.contains("lesson-plan"));
  }
}
