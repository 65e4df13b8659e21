package org.signpost.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void audiencesAreReadLeniently() {
    assertThat(Audience.parse("Parents and carers")).isEqualTo(Audience.PARENTS_AND_CARERS);
    assertThat(Audience.parse("parents & carers")).isEqualTo(Audience.PARENTS_AND_CARERS);
    assertThat(Audience.parse("young-people")).isEqualTo(Audience.YOUNG_PEOPLE);
    assertThat(Audience.parse("PROFESSIONALS")).isEqualTo(Audience.PROFESSIONALS);
    assertThatThrownBy(() -> Audience.parse("pupils"))
        .hasMessage(
            "\"pupils\" is not a known audience; accepted: professionals, parents-and-carers,"
                + " young-people");
  }

  @Test
  void resourceTypesAreReadLeniently() {
    assertThat(ResourceType.parse("Lesson plans")).isEqualTo(ResourceType.LESSON_PLAN);
    assertThat(ResourceType.parse("e-learning")).isEqualTo(ResourceType.E_LEARNING);
    assertThat(ResourceType.parse("eLearning")).isEqualTo(ResourceType.E_LEARNING);
    assertThatThrownBy(() -> ResourceType.parse("podcast"))
        .isInstanceOf(UnknownTermException.class)
        .hasMessageContaining("lesson-plan");
  }
}
