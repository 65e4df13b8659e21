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
    this(
        savedAt,
        savedBy,
        "Someone else saved "
            + what
            + " while you were editing it"
            + (savedBy == null ? "" : " (" + savedBy + ")")
            + ". Nothing of yours was saved: your changes are still here. Open the current version"
            + " in a new tab, bring your changes into it, and save again.");
  }

  private EditConflictException(Instant savedAt, String savedBy, String message) {
    super(message);
    this.savedBy = savedBy;
    this.savedAt = savedAt;
  }

  /**
   * An approval of a version older than the one stored: someone changed the content after the
   * reviewer opened it, so what they would approve is not what they read. Nothing is approved.
   */
  public static EditConflictException approving(String what, String savedBy, Instant savedAt) {
    return new EditConflictException(
        savedAt,
        savedBy,
        "Someone changed "
            + what
            + " after you opened it"
            + (savedBy == null ? "" : " (" + savedBy + ")")
            + ". Nothing was approved: open it again and read the current version before you"
            + " approve it.");
  }

  /** Who saved the newer version, when the revisions tell; otherwise null. */
  public String savedBy() {
    return savedBy;
  }

  public Instant savedAt() {
    return savedAt;
  }
}
