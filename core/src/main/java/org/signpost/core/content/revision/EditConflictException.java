package org.signpost.core.content.revision;

import java.time.Instant;

/**
 * A save based on an older version of the content than the one stored: someone else saved in
 * between. Nothing is changed; the message says who saved and when, so the curator can compare and
 * save again.
 */
public class EditConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String savedBy;
  private final Instant savedAt;

  public EditConflictException(String what, String savedBy, Instant savedAt) {
    super(
        "Someone else saved "
            + what
            + " while you were editing it"
            + (savedBy == null ? "" : " (" + savedBy + ")")
            + ". Nothing of yours was saved: your changes are still here. Open the current version"
            + " in a new tab, bring your changes into it, and save again.");
    this.savedBy = savedBy;
    this.savedAt = savedAt;
  }

  /** Who saved the newer version, when the revisions tell; otherwise null. */
  public String savedBy() {
    return savedBy;
  }

  public Instant savedAt() {
    return savedAt;
  }
}
