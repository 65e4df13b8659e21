package org.signpost.core.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

  @Test
  void aTagChangesWithTheRevisionAndTheRepresentation() {
    String tag = EntityTags.of(7, "/api/v1/topics|application/json");

    assertThat(tag).startsWith("W/\"r7-").endsWith("\"");
    assertThat(EntityTags.of(7, "/api/v1/topics|application/json")).isEqualTo(tag);
    assertThat(EntityTags.of(8, "/api/v1/topics|application/json")).isNotEqualTo(tag);
    assertThat(EntityTags.of(7, "/api/v1/resources|application/json")).isNotEqualTo(tag);
  }

  @Test
  void ifNoneMatchComparesWeaklyAndTakesListsAndStar() {
    String tag = EntityTags.of(3, "x");
    String strongForm = tag.substring(2);

    assertThat(EntityTags.matches(tag, tag)).isTrue();
    assertThat(EntityTags.matches(strongForm, tag)).isTrue();
    assertThat(EntityTags.matches("\"other\", " + tag, tag)).isTrue();
    assertThat(EntityTags.matches("*", tag)).isTrue();
    assertThat(EntityTags.matches(EntityTags.of(4, "x"), tag)).isFalse();
    assertThat(EntityTags.matches(null, tag)).isFalse();
    assertThat(EntityTags.matches(" ", tag)).isFalse();
  }
}
