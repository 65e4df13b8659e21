package org.signpost.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.signpost.core.validation.FieldProblem;
import org.signpost.core.validation.InvalidInputException;
import org.signpost.core.validation.Validated;

class FeedbackTest {

  @Test
  void theCommentIsRedactedBeforeItIsKept() {
    var submission =
        new FeedbackSubmission(
            "healthy-relationships",
            "/topics/healthy-relationships",
            false,
            "Couldn't find it, email me on sam@example.org",
            "https://school.example",
            null);

    Feedback cut = new Feedback(submission, Instant.EPOCH);

    assertThat(cut.comment()).isEqualTo("Couldn't find it, email me on [email removed]");
    assertThat(cut.siteOrigin()).isEqualTo("https://school.example");
  }

  @Test
  void onlyThePagesPathIsKeptNeverItsQueryFragmentOrHost() {
    assertThat(page("/p?email=jane@example.org&tel=07700900123")).isEqualTo("/p");
    assertThat(page("/topics/sleep#section-2")).isEqualTo("/topics/sleep");
    assertThat(page("https://school.example/sleep.html?utm_source=x")).isEqualTo("/sleep.html");
    assertThat(page("https://school.example?who=jane")).isEqualTo("/");
    assertThat(page(" /plain ")).isEqualTo("/plain");
  }

  private static String page(String sent) {
    return new FeedbackSubmission(null, sent, true, null, null, null).page();
  }

  @Test
  void eachBrokenConstraintNamesItsField() {
    assertThat(problemWith(new FeedbackSubmission(null, " ", true, null, null, null)))
        .isEqualTo(new FieldProblem("page", "feedback needs the page it is about"));
    assertThat(problemWith(new FeedbackSubmission(null, "/p", true, "x".repeat(1001), null, null)))
        .isEqualTo(new FieldProblem("comment", "a comment may have at most 1000 characters"));
    assertThat(problemWith(new FeedbackSubmission("Not A Slug", "/p", true, null, null, null)))
        .isEqualTo(
            new FieldProblem(
                "topic", "a topic is named by its slug: lower-case letters, digits and hyphens"));
    assertThat(problemWith(new FeedbackSubmission(null, "/p", true, null, null, "short")).field())
        .isEqualTo("submissionKey");
    assertThat(new FeedbackSubmission(null, "/p", true, "   ", null, null).comment()).isNull();
    assertThat(Validated.check(new FeedbackSubmission(null, "/p", true, null, null, null)).page())
        .isEqualTo("/p");
  }

  private static FieldProblem problemWith(FeedbackSubmission submission) {
    try {
      Validated.check(submission);
    } catch (InvalidInputException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("accepted: " + submission);
  }
}
