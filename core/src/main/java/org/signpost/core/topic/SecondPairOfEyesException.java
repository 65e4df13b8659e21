package org.signpost.core.topic;

/** A reviewer tried to approve a change they sent for review themselves. */
public class SecondPairOfEyesException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  SecondPairOfEyesException(String slug, String reviewer) {
    super("Topic \"" + slug + "\" cannot be published: " + TopicActions.secondPairOfEyes(reviewer));
  }
}
