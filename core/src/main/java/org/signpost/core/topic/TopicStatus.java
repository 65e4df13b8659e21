package org.signpost.core.topic;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.signpost.core.taxonomy.Terms;
import org.signpost.core.validation.Refusal;

/**
 * Where a topic stands in the publishing workflow, and which moves are allowed from there. Only a
 * published topic is public.
 */
public enum TopicStatus implements Terms.Term {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED;

  private static final Map<TopicStatus, Set<TopicStatus>> NEXT =
      Map.of(
          DRAFT, Set.of(IN_REVIEW, ARCHIVED),
          IN_REVIEW, Set.of(PUBLISHED, DRAFT),
          PUBLISHED, Set.of(DRAFT, ARCHIVED),
          ARCHIVED, Set.of(DRAFT));

  public boolean canMoveTo(TopicStatus target) {
    return NEXT.get(this).contains(target);
  }

  /** Why the move to {@code target} is refused, in words a curator understands. */
  String refusalReason(TopicStatus target) {
    if (this == target) {
      return Refusal.words("topic.already-there", describe());
    }
    if (target == PUBLISHED) {
      return Refusal.words("topic.publish-from-review", describe());
    }
    if (target == IN_REVIEW) {
      return Refusal.words("topic.submit-from-draft", describe());
    }
    return Refusal.words("topic.cannot-become", describe(), target.describe());
  }

  /** The status in words, such as {@code in review}. */
  public String describe() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Reads a status code such as {@code published} or {@code in-review}.
   *
   * @throws org.signpost.core.taxonomy.UnknownTermException naming the accepted codes
   */
  public static TopicStatus parse(String input) {
    return Terms.parse(values(), "topic status", input, null);
  }
}
