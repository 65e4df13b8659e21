package org.signpost.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpfulAnswerTest {

  @Test
  void yesAndNoInAnyCaseAndNothingElse() {
    assertThat(HelpfulAnswer.parse(" Yes ")).isTrue();
    assertThat(HelpfulAnswer.parse("true")).isTrue();
    assertThat(HelpfulAnswer.parse("NO")).isFalse();
    assertThat(HelpfulAnswer.parse("false")).isFalse();
    assertThat(HelpfulAnswer.parse("maybe")).isNull();
    assertThat(HelpfulAnswer.parse("")).isNull();
    assertThat(HelpfulAnswer.parse(null)).isNull();
  }
}
