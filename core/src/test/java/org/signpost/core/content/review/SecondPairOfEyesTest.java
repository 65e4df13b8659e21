package org.signpost.core.content.review;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecondPairOfEyesTest {

  @Test
  void whoeverChangedOrSentTheContentMayNotApproveItAndTheReasonNamesThemAll() {
    for (String reviewer : List.of("sam", "alex")) {
      assertThatThrownBy(
              () ->
                  SecondPairOfEyes.require(
                      reviewer,
                      "alex",
                      List.of("sam"),
                      "Resource \"childline\" cannot be approved",
                      "resource.own-work"))
          .as(reviewer)
          .isInstanceOf(SecondPairOfEyesException.class)
          .hasMessage(
              "Resource \"childline\" cannot be approved: it was changed or sent for review by"
                  + " \"sam\", \"alex\" since it was last approved: someone else must approve it"
                  + " (second pair of eyes).");
    }
  }

  @Test
  void someoneElseMayApproveIt() {
    assertThatCode(
            () ->
                SecondPairOfEyes.require(
                    "robin",
                    "alex",
                    List.of("sam"),
                    "Topic \"x\" cannot be published",
                    "topic.own-work"))
        .doesNotThrowAnyException();
  }
}
