package org.signpost.core.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;

class EmbedCodeTest {

  @Test
  void aResourceListForKeyStage3HasTheElementTheIframeAndNoOembedWithoutATopic() {
    EmbedCode code =
        new EmbedCode(
            "https://signpost.example/",
            WidgetKind.RESOURCES,
            null,
            null,
            KeyStage.KS3,
            Audience.YOUNG_PEOPLE,
            "dark");

    assertThat(code.script())
        .isEqualTo(
            "<script src=\"https://signpost.example/widgets/v1/signpost.js\" async></script>\n"
                + "<signpost-resources key-stage=\"ks3\" audience=\"young-people\""
                + " theme=\"dark\"></signpost-resources>");
    assertThat(code.iframe())
        .startsWith(
            "<iframe src=\"https://signpost.example/embed/resources?key-stage=ks3&amp;"
                + "audience=young-people&amp;theme=dark\"");
    assertThat(code.oembed()).isEmpty();
  }

  @Test
  void aWholeTopicNeedsItsSlugAndGetsItsOembedAddress() {
    assertThatThrownBy(
            () ->
                new EmbedCode("https://s.example", WidgetKind.TOPIC, null, null, null, null, null))
        .hasMessage("Choose the topic to show.");

    EmbedCode code =
        new EmbedCode(
            "https://s.example",
            WidgetKind.TOPIC,
            "healthy-relationships",
            "Healthy \"Relationships\"",
            null,
            null,
            "light");

    assertThat(code.element())
        .isEqualTo("<signpost-topic slug=\"healthy-relationships\"></signpost-topic>");
    assertThat(code.iframe()).contains("title=\"Healthy &#34;Relationships&#34; - Whole topic\"");
    assertThat(code.oembed())
        .isEqualTo(
            "https://s.example/api/oembed?format=json&url="
                + "https%3A%2F%2Fs.example%2Ftopics%2Fhealthy-relationships");
  }

  @Test
  void onlyKnownThemesAndValidSlugsAreAccepted() {
    assertThatThrownBy(
            () ->
                new EmbedCode(
                    "https://s.example",
                    WidgetKind.FEEDBACK,
                    "x\"><script>",
                    null,
                    null,
                    null,
                    null))
        .hasMessageContaining("not a valid slug");
    assertThatThrownBy(
            () ->
                new EmbedCode(
                    "https://s.example", WidgetKind.FEEDBACK, null, null, null, null, "neon"))
        .hasMessageContaining("theme");
  }
}
