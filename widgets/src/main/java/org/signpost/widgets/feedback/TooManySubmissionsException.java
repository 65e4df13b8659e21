package org.signpost.widgets.feedback;

/** The client used up its feedback allowance; it may try again after {@link #retryAfter}. */
public class TooManySubmissionsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long retryAfter;

  public TooManySubmissionsException(long retryAfterSeconds) {
    super("Too much feedback from this client: try again in " + retryAfterSeconds + " seconds.");
    this.retryAfter = retryAfterSeconds;
  }

  /** Seconds until the client may send again. */
  public long retryAfter() {
    return retryAfter;
  }
}
