package org.signpost.core.topic;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.signpost.core.account.Actor;
import org.signpost.core.content.review.SecondPairOfEyes;
import org.signpost.core.validation.Refusal;

/**
 * What one curator may do with one topic now, and for each action refused, why. The console shows
 * exactly these actions; the workflow refuses anything else with the same reasons.
 */
public final class AllowedTopicActions implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private static final String EXISTS_ALREADY = Refusal.words("topic.exists-already");
  private static final String NOT_IN_YOUR_ROLES = Refusal.words("account.roles-exclude-this");

  private final EnumMap<TopicAction, String> refused;
  private final EnumMap<TopicAction, String> explained;

  private AllowedTopicActions(
      EnumMap<TopicAction, String> refused, EnumMap<TopicAction, String> explained) {
    this.refused = refused;
    this.explained = explained;
  }

  /**
   * The actions for a topic at this stage, sent for review by {@code submittedBy} if it is, and
   * changed by {@code changers} since it was last published.
   */
  public static AllowedTopicActions of(
      CurationStage stage, String submittedBy, List<String> changers, Actor actor) {
    EnumMap<TopicAction, String> refused = new EnumMap<>(TopicAction.class);
    EnumMap<TopicAction, String> explained = new EnumMap<>(TopicAction.class);
    for (TopicAction action : TopicAction.values()) {
      if (action == TopicAction.CREATE) {
        refused.put(action, EXISTS_ALREADY);
      } else if (!action.permits(actor)) {
        refused.put(action, NOT_IN_YOUR_ROLES);
      } else if (!action.startsFrom(stage)) {
        refused.put(action, action.wrongStatus(stage));
      } else if (action == TopicAction.PUBLISH
          && SecondPairOfEyes.isOwnWork(actor.login(), submittedBy, changers)) {
        String reason = secondPairOfEyes(submittedBy, changers);
        refused.put(action, reason);
        explained.put(action, reason);
      }
    }
    return new AllowedTopicActions(refused, explained);
  }

  /**
   * The refusals bundle's key for why a curator cannot publish their own work, which says what an
   * administrator can do instead.
   */
  static final String OWN_WORK = "topic.own-work";

  static String secondPairOfEyes(String submittedBy, List<String> changers) {
    return SecondPairOfEyes.reason(OWN_WORK, submittedBy, changers);
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
