package org.signpost.core.content.review;

import org.signpost.core.validation.Refusal;

/** A reviewer tried to approve a change they made or sent for review themselves. */
public class SecondPairOfEyesException extends Refusal {

  private static final long serialVersionUID = 1L;

  SecondPairOfEyesException(String refusal, String reason) {
    super("review.own-work", refusal, reason);
  }
}
