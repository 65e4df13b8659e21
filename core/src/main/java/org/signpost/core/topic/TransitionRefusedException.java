package org.signpost.core.topic;

import org.signpost.core.validation.Refusal;

/** A workflow move that the rules do not allow; the message says why and what to do instead. */
public class TransitionRefusedException extends Refusal {

  private static final long serialVersionUID = 1L;

  private final TopicStatus from;
  private final TopicStatus to;

  TransitionRefusedException(String slug, TopicStatus from, TopicStatus to) {
    this(slug, from, to, from.refusalReason(to));
  }

  TransitionRefusedException(String slug, TopicStatus from, TopicStatus to, String reason) {
    super("topic.cannot-move", slug, to.describe(), reason);
    this.from = from;
    this.to = to;
  }

  TransitionRefusedException(String slug, TopicStatus from, TopicAction action, String reason) {
    super("topic.action-refused", slug, reason);
    this.from = from;
    this.to = null;
  }

  public TopicStatus from() {
    return from;
  }

  /** Where the move would have led; null when an action was refused before any move. */
  public TopicStatus to() {
    return to;
  }
}
