package org.signpost.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyStageTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ks3",
        "KS3",
        "Key Stage 3",
        "key-stage-3",
        "key_stage_3",
        " ks 3 ",
        "KeyStage3",
        "12",
        "11",
        "13"
      })
  void readsWhatPeopleTypeForKeyStage3(String input) {
    assertThat(KeyStage.parse(input)).isEqualTo(KeyStage.KS3);
  }

  @ParameterizedTest
  @CsvSource({
    "eyfs, EYFS", "Early Years, EYFS", "0, EYFS", "4, EYFS", "5, KS1", "7, KS2", "10, KS2",
    "14, KS4", "15, KS4", "16, KS5", "18, KS5", "post-16, KS5", "Post 16, KS5", "ks5, KS5"
  })
  void readsOtherStagesAndAgesAtTheirEdges(String input, KeyStage expected) {
    assertThat(KeyStage.parse(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ks6", "19", "-1", "year 7", "", "keystage"})
  void anythingElseIsAClearErrorNamingTheAcceptedForms(String input) {
    assertThatThrownBy(() -> KeyStage.parse(input))
        .isInstanceOf(UnknownTermException.class)
        .hasMessageContaining("not a known key stage")
        .hasMessageContaining("eyfs, ks1, ks2, ks3, ks4, ks5")
        .hasMessageContaining("Key Stage 3")
        .hasMessageContaining("age");
  }

  @org.junit.jupiter.api.Test
  void agesReadAsPeopleWriteThem() {
    assertThat(KeyStage.KS3.ageRange()).isEqualTo("11 to 14");
    assertThat(KeyStage.KS5.ageRange()).isEqualTo("16 to 18");
    assertThat(KeyStage.KS2.label()).isEqualTo("Key Stage 2");
  }
}
