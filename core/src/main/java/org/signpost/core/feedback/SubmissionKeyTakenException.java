package org.signpost.core.feedback;

/**
 * A submission whose key an earlier answer holds, for another page, topic or choice: the key names
 * that answer, so this one is refused and nothing changes. A retry of the same answer is not this.
 */
public class SubmissionKeyTakenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SubmissionKeyTakenException() {
    super(
        "This key already belongs to another answer (another page, topic or choice), so nothing was"
            + " changed. Send a new key with a new answer.");
  }
}
