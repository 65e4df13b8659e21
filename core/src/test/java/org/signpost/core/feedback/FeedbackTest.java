package org.signpost.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

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
  void submissionsAreChecked() {
    assertThatThrownBy(() -> new FeedbackSubmission(null, " ", true, null, null, null))
        .hasMessageContaining("page");
    assertThatThrownBy(() -> new FeedbackSubmission(null, "/p", true, "x".repeat(1001), null, null))
        .hasMessageContaining("1000");
    assertThatThrownBy(() -> new FeedbackSubmission("Not A Slug", "/p", true, null, null, null))
        .hasMessageContaining("slug");
    assertThatThrownBy(() -> new FeedbackSubmission(null, "/p", true, null, null, "short"))
        .hasMessageContaining("submission key");
    assertThat(new FeedbackSubmission(null, "/p", true, "   ", null, null).comment()).isNull();
  }
}
