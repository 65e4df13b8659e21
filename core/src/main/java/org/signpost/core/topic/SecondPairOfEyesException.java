package org.signpost.core.topic;

/** A reviewer tried to approve a change they sent for review themselves. */
public class SecondPairOfEyesException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  SecondPairOfEyesException(String slug, String reviewer) {
    super(
        "Topic \""
            + slug
            + "\" was sent for review by \""
            + reviewer
            + "\": another reviewer must approve it (second pair of eyes). An administrator may"
            + " publish it at once in an emergency, with a reason.");
  }
}
