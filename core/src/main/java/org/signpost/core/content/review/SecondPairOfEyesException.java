package org.signpost.core.content.review;

/** A reviewer tried to approve a change they made or sent for review themselves. */
public class SecondPairOfEyesException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  SecondPairOfEyesException(String message) {
    super(message);
  }
}
