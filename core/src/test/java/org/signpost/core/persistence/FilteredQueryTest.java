package org.signpost.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilteredQueryTest {

  @Test
  void onlyTheCriteriaGivenBecomeConditions() {
    FilteredQuery cut =
        FilteredQuery.over("Topic", "t")
            .when(null, "status", "t.status = :status")
            .when("professionals", "audience", "t.audience = :audience")
            .containing("50%_off", "text", "(LOWER(t.title) ? OR t.slug ?)");

    assertThat(cut.where())
        .isEqualTo(
            " WHERE t.audience = :audience AND (LOWER(t.title) LIKE :text ESCAPE '\\'"
                + " OR t.slug LIKE :text ESCAPE '\\')");
    assertThat(FilteredQuery.over("Topic", "t").when(null, "status", "t.status = :status").where())
        .isEmpty();
  }

  @Test
  void likeWildcardsInWhatWasTypedMatchThemselves() {
    assertThat(FilteredQuery.likeEscaped("50%_off\\")).isEqualTo("50\\%\\_off\\\\");
  }
}
