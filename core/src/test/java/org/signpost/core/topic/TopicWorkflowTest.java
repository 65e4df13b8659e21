package org.signpost.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.core.content.review.SecondPairOfEyesException;
import org.signpost.core.taxonomy.Audience;

class TopicWorkflowTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private final Topic cut =
      new Topic(
          "online-safety",
          new TopicDetails(
              "Online Safety",
              "Staying safe online.",
              "<p>Intro</p>",
              Audience.PROFESSIONALS,
              "Team"));

  @Test
  void aNewTopicIsADraftAndNotPublic() {
    assertThat(cut.status()).isEqualTo(TopicStatus.DRAFT);
    assertThat(cut.isPublic()).isFalse();
  }

  @Test
  void publishingAReviewedTopicMakesItPublicAndSetsTheReviewDates() {
    cut.submitForReview("editor");
    cut.publish("reviewer", TODAY, ReviewCycle.DEFAULT, NOW);

    assertThat(cut.isPublic()).isTrue();
    assertThat(cut.lastReviewed()).isEqualTo(TODAY);
    assertThat(cut.nextReviewDue()).isEqualTo(LocalDate.parse("2029-11-27"));
    assertThat(cut.publishedAt()).isEqualTo(NOW);
  }

  @Test
  void aDraftCannotBePublishedWithoutReviewAndTheReasonSaysWhatToDo() {
    assertThatThrownBy(() -> cut.publish("reviewer", TODAY, ReviewCycle.DEFAULT, NOW))
        .isInstanceOf(TransitionRefusedException.class)
        .hasMessageContaining("online-safety")
        .hasMessageContaining("this topic is a draft: submit it for review first");
    assertThat(cut.status()).isEqualTo(TopicStatus.DRAFT);
  }

  @Test
  void otherIllegalMovesAreRefusedWithAReason() {
    cut.adoptRecordedState(TopicStatus.ARCHIVED, null, null, null);
    assertThatThrownBy(() -> cut.submitForReview("editor"))
        .hasMessageContaining(
            "only a draft, or the changes to a published topic, can be submitted");
    assertThatThrownBy(cut::withdraw).isInstanceOf(TransitionRefusedException.class);
    assertThat(cut.status()).isEqualTo(TopicStatus.ARCHIVED);
  }

  @Test
  void aReviewerCanSendATopicBackAndAPublishedOneCanBeWithdrawn() {
    cut.submitForReview("editor");
    cut.sendBack();
    assertThat(cut.status()).isEqualTo(TopicStatus.DRAFT);
    cut.submitForReview("editor");
    cut.publish("reviewer", TODAY, ReviewCycle.DEFAULT, NOW);
    cut.withdraw();
    assertThat(cut.isPublic()).isFalse();
  }

  @Test
  void theAuthorOfAChangeCannotApproveIt() {
    cut.changedBy("kim");
    cut.submitForReview("sam");

    assertThatThrownBy(() -> cut.publish("sam", TODAY, ReviewCycle.DEFAULT, NOW))
        .isInstanceOf(SecondPairOfEyesException.class)
        .hasMessageContaining("someone else must approve it");
    assertThatThrownBy(() -> cut.publish("kim", TODAY, ReviewCycle.DEFAULT, NOW))
        .isInstanceOf(SecondPairOfEyesException.class)
        .hasMessageContaining("\"kim\", \"sam\"");
    assertThat(cut.status()).isEqualTo(TopicStatus.IN_REVIEW);
    cut.publish("alex", TODAY, ReviewCycle.DEFAULT, NOW);
    assertThat(cut.isPublic()).isTrue();
  }

  @Test
  void anEmergencyPublishesADraftAtOnceWithReviewDates() {
    cut.publishInEmergency(TODAY, ReviewCycle.DEFAULT, NOW);

    assertThat(cut.isPublic()).isTrue();
    assertThat(cut.nextReviewDue()).isEqualTo(LocalDate.parse("2029-11-27"));
    assertThatThrownBy(() -> cut.publishInEmergency(TODAY, ReviewCycle.DEFAULT, NOW))
        .isInstanceOf(TransitionRefusedException.class);
  }

  @Test
  void markingReviewedMovesTheNextReviewByTheCycle() {
    cut.submitForReview("editor");
    cut.publish("reviewer", TODAY, ReviewCycle.DEFAULT, NOW);

    cut.markReviewed(TODAY.plusMonths(6), ReviewCycle.ofMonths(12));

    assertThat(cut.lastReviewed()).isEqualTo(TODAY.plusMonths(6));
    assertThat(cut.nextReviewDue()).isEqualTo(TODAY.plusMonths(18));
  }

  @Test
  void sectionsKeepTheirOrderAndBodiesAreSanitised() {
    cut.replaceSections(
        List.of(
            new SectionContent("Three", SectionKind.GUIDANCE, "<p>Three</p>"),
            new SectionContent(
                "One", SectionKind.TEXT, "<p onclick=\"x()\">Hi<script>alert(1)</script></p>"),
            new SectionContent("Two", SectionKind.SAFEGUARDING, "<p>Two</p>")));

    assertThat(cut.sections()).extracting(Section::heading).containsExactly("Three", "One", "Two");
    assertThat(cut.sections()).extracting(Section::position).containsExactly(0, 1, 2);
    assertThat(cut.sections().get(1).body()).isEqualTo("<p>Hi</p>");
  }

  @Test
  void replacingSectionsRewritesAddsAndRemoves() {
    cut.replaceSections(
        List.of(
            new SectionContent("Old", SectionKind.TEXT, "<p>a</p>"),
            new SectionContent("Gone", SectionKind.TEXT, "<p>b</p>")));

    cut.replaceSections(List.of(new SectionContent("New", SectionKind.GUIDANCE, "<p>c</p>")));

    assertThat(cut.sections()).extracting(Section::heading).containsExactly("New");
  }

  @Test
  void slugsAndDetailsAreChecked() {
    TopicDetails details = cut.details();
    assertThatThrownBy(() -> new Topic("Bad Slug", details))
        .hasMessageContaining("not a valid slug");
    assertThatThrownBy(() -> new TopicDetails(" ", "s", null, Audience.PROFESSIONALS, null))
        .hasMessageContaining("title");
    assertThatThrownBy(() -> new TopicDetails("t", "s", null, null, null))
        .hasMessageContaining("audience");
  }
}
