package org.signpost.core.topic;

import java.util.List;

/** A reviewer tried to approve a change they made or sent for review themselves. */
public class SecondPairOfEyesException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  SecondPairOfEyesException(String slug, String submittedBy, List<String> changers) {
    super(
        "Topic \""
            + slug
            + "\" cannot be published: "
            + TopicActions.secondPairOfEyes(submittedBy, changers));
  }
}
