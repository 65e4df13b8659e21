package org.signpost.widgets.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.UnknownTermException;

/** What pages, embeds, fragments and the API make of the parameters they are given. */
class PublicParametersTest {

  @Test
  void aTermIsReadLenientlyAndAbsentStaysAbsent() {
    assertThat(PublicParameters.term("KS3", KeyStage::parse)).contains(KeyStage.KS3);
    assertThat(PublicParameters.term("  ", KeyStage::parse)).isEmpty();
    assertThat(PublicParameters.term(null, KeyStage::parse)).isEmpty();
    assertThatThrownBy(() -> PublicParameters.term("ks9", KeyStage::parse))
        .isInstanceOf(UnknownTermException.class);
  }

  @Test
  void theApiNamesTheParameterAtFaultAndWhatItAccepts() {
    assertThatThrownBy(() -> PublicParameters.term("key-stage", "ks9", KeyStage::parse))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> {
              assertThat(e.field()).isEqualTo("key-stage");
              assertThat(e.accepted()).contains("ks2", "ks3", "ks4");
            });
    assertThat(PublicParameters.term("key-stage", null, KeyStage::parse)).isNull();
  }

  @Test
  void aListingsPageIsCountedFromOneAndBounded() {
    assertThat(PublicParameters.page(null, null).page()).isZero();
    assertThat(PublicParameters.page("3", "10").page()).isEqualTo(2);
    assertThatThrownBy(() -> PublicParameters.page("0", null))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("page"));
    assertThatThrownBy(() -> PublicParameters.page("1", "100000"))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("size"));
  }

  @Test
  void textLongerThanAllowedIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> PublicParameters.text("q", "x".repeat(201), 200))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("may have at most 200 characters, has 201")
        .hasMessageNotContaining("xxx");
  }

  @Test
  void aPathTailAndAChoiceAmongKnownValues() {
    assertThat(PublicParameters.tail("/healthy-relationships")).isEqualTo("healthy-relationships");
    assertThat(PublicParameters.tail("/")).isEmpty();
    assertThat(PublicParameters.tail(null)).isEmpty();
    assertThat(PublicParameters.oneOf("dark", "light", "light", "dark")).isEqualTo("dark");
    assertThat(PublicParameters.oneOf("<script>", "light", "light", "dark")).isEqualTo("light");
  }
}
