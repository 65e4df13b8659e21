package org.signpost.core.content.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.signpost.core.validation.Refusal;

/**
 * What a second person must approve before readers see it: who changed a topic or resource since it
 * was last approved (none of them may approve it), and the revision holding changes that wait while
 * readers keep the approved version. Logins hold no spaces, so the changers are kept as words.
 */
@Embeddable
public class Approval implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Room for some 1,600 logins of the longest kind (see V13__changers_unbounded.sql). */
  static final int CHANGED_BY_LENGTH = 100_000;

  @Column(name = "changed_by", length = CHANGED_BY_LENGTH)
  private String changedBy;

  @Column(name = "pending_revision")
  private Integer pendingRevision;

  /**
   * The record as stored, or an empty one where the database holds none (an embedded record whose
   * columns are all empty is read as none). An entity reads through this without setting its field,
   * as setting it would count as a change to store.
   */
  public static Approval of(Approval stored) {
    return stored == null ? new Approval() : stored;
  }

  /** Notes who changed the content: they may not approve it. */
  public void changedBy(String login) {
    if (!changers().contains(Objects.requireNonNull(login, "login"))) {
      String joined = changedBy == null ? login : changedBy + " " + login;
      if (joined.length() > CHANGED_BY_LENGTH) {
        // Forgetting a changer would let them approve their own change: refuse the change instead.
        throw new Refusal("review.too-many-changers");
      }
      this.changedBy = joined;
    }
  }

  /** Keeps changes aside in this revision until someone who did not make them approves them. */
  public void hold(int revision, String login) {
    this.pendingRevision = revision;
    changedBy(login);
  }

  /** Lets go of the held changes, which are about to become the content itself (or are dropped). */
  public void release() {
    this.pendingRevision = null;
  }

  /** The content was approved, or the changes dropped: nobody has changed it since. */
  public void clear() {
    this.changedBy = null;
    this.pendingRevision = null;
  }

  /** Whether someone changed the content since it was last approved. */
  public boolean isMadeBy(String login) {
    return changers().contains(login);
  }

  /** The revision holding changes that wait for approval; null when none wait. */
  public Integer pendingRevision() {
    return pendingRevision;
  }

  /** Who changed the content since it was last approved, in the order they did. */
  public List<String> changers() {
    return changedBy == null || changedBy.isBlank() ? List.of() : List.of(changedBy.split(" "));
  }
}
