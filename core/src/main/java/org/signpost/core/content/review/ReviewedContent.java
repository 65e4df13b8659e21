package org.signpost.core.content.review;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.List;
import org.signpost.core.content.revision.Approval;

/**
 * Content that a second person approves before readers see it: who changed it since it was last
 * approved (none of them may approve it), and the revision holding changes that wait while readers
 * keep the approved version.
 */
@MappedSuperclass
public abstract class ReviewedContent {

  @Embedded private Approval approval = new Approval();

  /** The content's address, which names it in its revisions. */
  public abstract String slug();

  /** The version stored, which an editor's save and a reviewer's approval name. */
  public abstract long version();

  public abstract Instant updatedAt();

  /**
   * Whether readers see an approved version of it, so that a change waits aside for approval
   * instead of being written in.
   */
  public abstract boolean holdsChangesAside();

  /** Notes who changed the content: they may not approve it until it is next approved. */
  public void changedBy(String login) {
    approval().changedBy(login);
  }

  /**
   * Keeps changes aside, in a revision, until a second person approves them: readers go on seeing
   * the approved version.
   */
  public void holdChanges(int revision, String login) {
    if (!holdsChangesAside()) {
      throw new IllegalStateException("only content that readers see holds changes aside");
    }
    approval().hold(revision, login);
  }

  /** The revision holding changes that wait for approval, if any. */
  public Integer pendingRevision() {
    return Approval.of(approval).pendingRevision();
  }

  /** Who changed the content since it was last approved, in the order they did. */
  public List<String> changers() {
    return Approval.of(approval).changers();
  }

  /** The approval record, to change it. */
  protected Approval approval() {
    approval = Approval.of(approval);
    return approval;
  }
}
