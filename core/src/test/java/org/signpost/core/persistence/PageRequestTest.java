package org.signpost.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.signpost.core.validation.FieldProblem;
import org.signpost.core.validation.InvalidInputException;

class PageRequestTest {

  @Test
  void theRowATableAsksForFallsOnItsPageWithinTheSizeLimit() {
    assertThat(PageRequest.holding(40, 20)).isEqualTo(new PageRequest(2, 20));
    assertThat(PageRequest.holding(45, 20)).isEqualTo(new PageRequest(2, 20));
    assertThat(PageRequest.holding(0, 500)).isEqualTo(new PageRequest(0, PageRequest.MAX_SIZE));
    assertThat(PageRequest.holding(-5, 0)).isEqualTo(new PageRequest(0, 1));
  }

  @Test
  void aPageOutOfBoundsIsRefusedByItsConstraintsNamingTheField() {
    assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("size"));
    assertThatThrownBy(() -> new PageRequest(-1, 0))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("page", "size"));
  }
}
