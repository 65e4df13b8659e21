package org.signpost.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.content.review.SecondPairOfEyesException;

class AllowedTopicActionsTest {

  private static final Actor EDITOR = Actor.of("sam", Role.EDITOR);
  private static final Actor REVIEWER = Actor.of("alex", Role.REVIEWER);
  private static final Actor ADMIN = Actor.of("root", Role.ADMIN);

  @Test
  void anEditorWritesAndSubmitsADraftButCannotPublishIt() {
    AllowedTopicActions cut =
        AllowedTopicActions.of(CurationStage.DRAFT, null, List.of("sam"), EDITOR);

    assertThat(cut.allowed())
        .containsExactly(TopicAction.SAVE, TopicAction.RESTORE, TopicAction.SUBMIT_FOR_REVIEW);
    assertThat(cut.refusal(TopicAction.PUBLISH)).hasValue("your roles do not include this");
    assertThat(cut.notices()).isEmpty();
  }

  @Test
  void aReviewerApprovesWhatSomeoneElseSubmittedButNotTheirOwn() {
    assertThat(
            AllowedTopicActions.of(CurationStage.IN_REVIEW, "sam", List.of("sam"), REVIEWER)
                .allowed())
        .containsExactly(TopicAction.PUBLISH, TopicAction.SEND_BACK);

    AllowedTopicActions own =
        AllowedTopicActions.of(CurationStage.IN_REVIEW, "alex", List.of("sam"), REVIEWER);

    assertThat(own.allows(TopicAction.PUBLISH)).isFalse();
    assertThat(own.allows(TopicAction.SEND_BACK)).isTrue();
    assertThat(own.notices())
        .singleElement()
        .asString()
        .contains("changed or sent for review by \"sam\", \"alex\"", "second pair of eyes");
  }

  @Test
  void theStatusDecidesWhatCanHappenNextAndSaysWhy() {
    AllowedTopicActions published =
        AllowedTopicActions.of(CurationStage.PUBLISHED, null, List.of(), REVIEWER);

    assertThat(published.allowed())
        .containsExactly(TopicAction.MARK_REVIEWED, TopicAction.WITHDRAW);
    assertThat(published.refusal(TopicAction.SEND_BACK))
        .hasValue(
            "only a topic or changes in review can be sent back, and this topic is published");
  }

  @Test
  void anAdministratorMayDoAllThatTheStatusAllowsIncludingAnEmergency() {
    assertThat(AllowedTopicActions.of(CurationStage.DRAFT, null, List.of(), ADMIN).allowed())
        .contains(TopicAction.PUBLISH_IN_EMERGENCY, TopicAction.SUBMIT_FOR_REVIEW)
        .doesNotContain(TopicAction.PUBLISH, TopicAction.WITHDRAW);
    assertThat(ADMIN.actsAs(Role.EDITOR)).isTrue();
    assertThat(REVIEWER.actsAs(Role.EDITOR)).isFalse();
  }

  @Test
  void whoeverChangedATopicSinceItWasPublishedMayNotApproveItEvenWhenSomeoneElseSubmitted() {
    AllowedTopicActions changedIt =
        AllowedTopicActions.of(
            CurationStage.CHANGES_IN_REVIEW, "sam", List.of("sam", "alex"), REVIEWER);

    assertThat(changedIt.allows(TopicAction.PUBLISH)).isFalse();
    assertThat(changedIt.notices()).singleElement().asString().contains("\"alex\"");
    assertThat(
            AllowedTopicActions.of(CurationStage.CHANGES_IN_REVIEW, "sam", List.of("sam"), REVIEWER)
                .allowed())
        .contains(TopicAction.PUBLISH, TopicAction.SEND_BACK, TopicAction.WITHDRAW);
    assertThat(
            AllowedTopicActions.of(CurationStage.CHANGES_DRAFTED, null, List.of("sam"), EDITOR)
                .allowed())
        .contains(TopicAction.SUBMIT_FOR_REVIEW, TopicAction.DISCARD_CHANGES)
        .doesNotContain(TopicAction.PUBLISH);
  }

  @Test
  void theTopicRefusesWhatItsActionsRefuse() {
    Topic topic =
        new Topic(
            "sleep",
            new TopicDetails(
                "Sleep",
                "Sleeping well.",
                "",
                org.signpost.core.taxonomy.Audience.PROFESSIONALS,
                null));
    topic.submitForReview("alex");

    assertThat(EditableTopic.of(topic).actionsFor(REVIEWER).allows(TopicAction.PUBLISH)).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                topic.publish(
                    "alex",
                    java.time.LocalDate.of(2026, 12, 1),
                    ReviewCycle.DEFAULT,
                    java.time.Instant.EPOCH))
        .isInstanceOf(SecondPairOfEyesException.class)
        .hasMessageContaining("second pair of eyes");
  }

  @Test
  void sectionsMoveToTheirNewPlaceAndOutOfRangeMovesNothing() {
    List<String> sections = new ArrayList<>(List.of("a", "b", "c"));

    assertThat(SectionOrder.move(sections, 2, 0)).isTrue();
    assertThat(sections).containsExactly("c", "a", "b");
    assertThat(SectionOrder.move(sections, 0, -1)).isFalse();
    assertThat(SectionOrder.move(sections, 3, 0)).isFalse();
    assertThat(sections).containsExactly("c", "a", "b");
  }
}
