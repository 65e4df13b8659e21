package org.signpost.core.content.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The one way a saved change is written down: a revision of what the subject holds now and, when
 * readers see it, a move of the content revision in the same transaction so that every widget drops
 * what it rendered. Also the one check that a save starts from the version stored.
 */
@ApplicationScoped
public class ChangeRecorder {

  @Inject RevisionLog revisions;
  @Inject ContentRevision contentRevision;

  protected ChangeRecorder() {}

  /** For use outside a container, in the caller's transaction. */
  public ChangeRecorder(RevisionLog revisions, ContentRevision contentRevision) {
    this.revisions = revisions;
    this.contentRevision = contentRevision;
  }

  /**
   * Refuses a save based on a version that someone has moved on from, naming who saved in between
   * and when.
   *
   * @param described the subject in words, such as {@code the topic "Healthy Relationships"}
   * @throws EditConflictException when {@code basedOnVersion} is not the stored version
   */
  public void requireVersion(
      RevisionSubject subject,
      String key,
      String described,
      long storedVersion,
      long basedOnVersion,
      Instant updatedAt) {
    if (storedVersion == basedOnVersion) {
      return;
    }
    Revision latest = revisions.latest(subject, key).orElse(null);
    throw new EditConflictException(
        described,
        latest == null ? null : latest.author(),
        latest == null ? updatedAt : latest.createdAt());
  }

  /**
   * Refuses an approval unless the content is still at the version the reviewer read.
   *
   * @throws EditConflictException naming who changed it since
   */
  public void requireSeenVersion(
      RevisionSubject subject, String key, String described, long storedVersion, long seenVersion) {
    if (storedVersion == seenVersion) {
      return;
    }
    Revision latest = revisions.latest(subject, key).orElse(null);
    throw EditConflictException.approving(
        described,
        latest == null ? null : latest.author(),
        latest == null ? null : latest.createdAt());
  }

  /** Keeps a revision of a change that readers do not see yet (a draft, or one of many). */
  public Revision record(
      RevisionSubject subject, String key, String author, String summary, String snapshot) {
    return revisions.record(subject, key, author, summary, snapshot);
  }

  /** Keeps a revision of a change that readers see, and moves the content revision. */
  public Revision recordSeenByReaders(
      RevisionSubject subject, String key, String author, String summary, String snapshot) {
    Revision revision = revisions.record(subject, key, author, summary, snapshot);
    contentRevision.advance();
    return revision;
  }

  /** Moves the content revision once for many changes recorded one by one, as an import does. */
  public void readersSeeChanges() {
    contentRevision.advance();
  }
}
