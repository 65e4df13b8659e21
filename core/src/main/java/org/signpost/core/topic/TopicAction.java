package org.signpost.core.topic;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.content.review.ReviewAct;
import org.signpost.core.validation.Refusal;

/**
 * What a curator can do with a topic, each with the roles that may do it, whether readers see it,
 * and the statuses (stages) it starts from: the one statement of who may do what, which the
 * workflow enforces and the console shows.
 */
public enum TopicAction implements ReviewAct {
  CREATE("create topics", List.of(Role.EDITOR, Role.ADMIN), false, null, null),
  SAVE("edit topics", List.of(Role.EDITOR, Role.ADMIN), false, null, null),
  RESTORE("restore topics", List.of(Role.EDITOR, Role.ADMIN), false, null, null),
  SUBMIT_FOR_REVIEW(
      "submit topics for review",
      List.of(Role.EDITOR, Role.ADMIN),
      false,
      EnumSet.of(CurationStage.DRAFT, CurationStage.CHANGES_DRAFTED),
      "topic.submit-wrong-stage"),
  PUBLISH(
      "publish topics",
      List.of(Role.REVIEWER, Role.ADMIN),
      true,
      EnumSet.of(CurationStage.IN_REVIEW, CurationStage.CHANGES_IN_REVIEW),
      "topic.publish-wrong-stage"),
  SEND_BACK(
      "send topics back",
      List.of(Role.REVIEWER, Role.ADMIN),
      false,
      EnumSet.of(CurationStage.IN_REVIEW, CurationStage.CHANGES_IN_REVIEW),
      "topic.send-back-wrong-stage"),
  PUBLISH_IN_EMERGENCY(
      "publish without review",
      List.of(Role.ADMIN),
      true,
      EnumSet.of(
          CurationStage.DRAFT,
          CurationStage.IN_REVIEW,
          CurationStage.CHANGES_DRAFTED,
          CurationStage.CHANGES_IN_REVIEW),
      "topic.emergency-wrong-stage"),
  DISCARD_CHANGES(
      "discard changes to published topics",
      List.of(Role.EDITOR, Role.ADMIN),
      false,
      EnumSet.of(CurationStage.CHANGES_DRAFTED, CurationStage.CHANGES_IN_REVIEW),
      "topic.discard-wrong-stage"),
  MARK_REVIEWED(
      "mark topics as reviewed",
      List.of(Role.REVIEWER, Role.ADMIN),
      true,
      EnumSet.of(
          CurationStage.PUBLISHED, CurationStage.CHANGES_DRAFTED, CurationStage.CHANGES_IN_REVIEW),
      "topic.mark-reviewed-wrong-stage"),
  WITHDRAW(
      "withdraw topics",
      List.of(Role.REVIEWER, Role.ADMIN),
      true,
      EnumSet.of(
          CurationStage.PUBLISHED, CurationStage.CHANGES_DRAFTED, CurationStage.CHANGES_IN_REVIEW),
      "topic.withdraw-wrong-stage");

  private final String what;
  private final Role[] roles;
  private final boolean readersSeeIt;
  private final Set<CurationStage> from;

  /** The refusals bundle's key for why a topic at another stage cannot have this done to it. */
  private final String wrongStage;

  TopicAction(
      String what,
      List<Role> roles,
      boolean readersSeeIt,
      Set<CurationStage> from,
      String wrongStage) {
    this.what = what;
    this.roles = roles.toArray(Role[]::new);
    this.readersSeeIt = readersSeeIt;
    this.from = from == null ? EnumSet.allOf(CurationStage.class) : from;
    this.wrongStage = wrongStage;
  }

  @Override
  public boolean readersSeeIt() {
    return readersSeeIt;
  }

  @Override
  public boolean permits(Actor actor) {
    return actor.holdsAny(roles);
  }

  @Override
  public void require(Actor actor) {
    actor.require(what, roles);
  }

  /** Whether a topic at this stage can have this done to it. */
  public boolean startsFrom(CurationStage stage) {
    return from.contains(stage);
  }

  /** Why a topic at this stage cannot have this done to it, in a curator's words and what to do. */
  String wrongStatus(CurationStage stage) {
    return Refusal.words(wrongStage, stage.describe());
  }
}
