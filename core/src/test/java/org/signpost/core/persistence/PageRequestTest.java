package org.signpost.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void theRowATableAsksForFallsOnItsPageWithinTheSizeLimit() {
    assertThat(PageRequest.holding(40, 20)).isEqualTo(new PageRequest(2, 20));
    assertThat(PageRequest.holding(45, 20)).isEqualTo(new PageRequest(2, 20));
    assertThat(PageRequest.holding(0, 500)).isEqualTo(new PageRequest(0, PageRequest.MAX_SIZE));
    assertThat(PageRequest.holding(-5, 0)).isEqualTo(new PageRequest(0, 1));
  }
}
