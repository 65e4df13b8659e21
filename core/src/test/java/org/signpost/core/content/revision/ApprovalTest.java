package org.signpost.core.content.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ApprovalTest {

  /** A login as long as an account's may be (60 characters), ending in its number. */
  private static String login(int number) {
    String end = "-" + number;
    return "c".repeat(60 - end.length()) + end;
  }

  @Test
  void everyoneWhoChangedItIsRemembered() {
    Approval approval = new Approval();
    IntStream.rangeClosed(1, 40).mapToObj(ApprovalTest::login).forEach(approval::changedBy);

    assertThat(approval.changers()).hasSize(40);
    IntStream.rangeClosed(1, 40)
        .mapToObj(ApprovalTest::login)
        .forEach(changer -> assertThat(approval.isMadeBy(changer)).as(changer).isTrue());
  }

  @Test
  void aChangerIsNotedOnce() {
    Approval approval = new Approval();
    approval.changedBy("editor");
    approval.hold(4, "editor");

    assertThat(approval.changers()).containsExactly("editor");
    assertThat(approval.pendingRevision()).isEqualTo(4);
  }

  @Test
  void aChangeThatCouldNotBeNotedIsRefusedRatherThanForgotten() {
    Approval approval = new Approval();
    int room = Approval.CHANGED_BY_LENGTH / 61;
    IntStream.rangeClosed(1, room).mapToObj(ApprovalTest::login).forEach(approval::changedBy);

    assertThatThrownBy(() -> approval.changedBy(login(room + 1)))
        .isInstanceOf(org.signpost.core.validation.Refusal.class)
        .hasMessageContaining("approve");
    assertThat(approval.isMadeBy(login(room + 1))).isFalse();
    assertThat(approval.changers()).hasSize(room);
  }

  @Test
  void approvingForgetsTheChangers() {
    Approval approval = new Approval();
    approval.hold(2, "editor");
    approval.clear();

    assertThat(approval.changers()).isEmpty();
    assertThat(approval.pendingRevision()).isNull();
  }
}
