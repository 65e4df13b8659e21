package org.signpost.core.topic;

/** A workflow move that the rules do not allow; the message says why and what to do instead. */
public class TransitionRefusedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final TopicStatus from;
  private final TopicStatus to;

  TransitionRefusedException(String slug, TopicStatus from, TopicStatus to) {
    this(slug, from, to, from.refusalReason(to));
  }

  TransitionRefusedException(String slug, TopicStatus from, TopicStatus to, String reason) {
    super("Topic \"" + slug + "\" cannot move to " + to.describe() + ": " + reason);
    this.from = from;
    this.to = to;
  }

  TransitionRefusedException(String slug, TopicStatus from, TopicAction action, String reason) {
    super("Topic \"" + slug + "\": " + reason);
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
