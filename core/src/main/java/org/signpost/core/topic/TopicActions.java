package org.signpost.core.topic;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.signpost.core.account.Actor;

/**
 * What one curator may do with one topic now, and for each action refused, why. The console shows
 * exactly these actions; the workflow refuses anything else with the same reasons.
 */
public final class TopicActions implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final EnumMap<TopicAction, String> refused;
  private final EnumMap<TopicAction, String> explained;

  private TopicActions(
      EnumMap<TopicAction, String> refused, EnumMap<TopicAction, String> explained) {
    this.refused = refused;
    this.explained = explained;
  }

  /** The actions for a topic in this status, sent for review by {@code submittedBy} if it is. */
  public static TopicActions of(TopicStatus status, String submittedBy, Actor actor) {
    EnumMap<TopicAction, String> refused = new EnumMap<>(TopicAction.class);
    EnumMap<TopicAction, String> explained = new EnumMap<>(TopicAction.class);
    for (TopicAction action : TopicAction.values()) {
      if (action == TopicAction.CREATE) {
        refused.put(action, "the topic exists already");
      } else if (!action.permits(actor)) {
        refused.put(action, "your roles do not include this");
      } else if (!action.startsFrom(status)) {
        refused.put(action, action.wrongStatus(status));
      } else if (action == TopicAction.PUBLISH && isOwnSubmission(actor.login(), submittedBy)) {
        String reason = secondPairOfEyes(submittedBy);
        refused.put(action, reason);
        explained.put(action, reason);
      }
    }
    return new TopicActions(refused, explained);
  }

  /** The second pair of eyes: nobody approves a change they sent for review themselves. */
  static boolean isOwnSubmission(String reviewer, String submittedBy) {
    return submittedBy != null && Objects.equals(reviewer, submittedBy);
  }

  static String secondPairOfEyes(String submittedBy) {
    return "it was sent for review by \""
        + submittedBy
        + "\": another reviewer must approve it (second pair of eyes). An administrator may"
        + " publish it at once in an emergency, with a reason.";
  }

  public boolean allows(TopicAction action) {
    return !refused.containsKey(action);
  }

  /** Why the action is refused, if it is. */
  public Optional<String> refusal(TopicAction action) {
    return Optional.ofNullable(refused.get(action));
  }

  /**
   * Refusals worth telling the curator, where their roles and the topic's status would allow the
   * action but a rule does not (such as approving their own submission).
   */
  public List<String> notices() {
    return List.copyOf(explained.values());
  }

  public List<TopicAction> allowed() {
    return Arrays.stream(TopicAction.values()).filter(this::allows).toList();
  }
}
