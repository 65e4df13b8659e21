package org.signpost.core.content.review;

import jakarta.inject.Inject;
import java.util.Optional;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;

/**
 * The changes to reviewed content that wait for a second person's approval, kept as one of its
 * revisions, which the content names, while readers see the approved version. Each kind of content
 * says how its drafts are read from and written to a revision's snapshot.
 *
 * @param <C> the kind of content
 * @param <D> what its curators write: the content's draft
 */
public abstract class HeldDrafts<C extends ReviewedContent, D> {

  @Inject protected RevisionLog revisions;

  protected HeldDrafts() {}

  /** For use outside a container, in the caller's transaction. */
  protected HeldDrafts(RevisionLog revisions) {
    this.revisions = revisions;
  }

  /** The kind of content, as its revisions name it. */
  protected abstract RevisionSubject subject();

  /** The draft a revision's snapshot holds. */
  protected abstract D read(String snapshot);

  /** The draft of what the content holds itself. */
  protected abstract D stored(C content);

  /** The content with this draft in place of its own, as a revision's snapshot. */
  public abstract String snapshot(C content, D draft);

  /** The changes held for the content, if it holds any. */
  public Optional<D> of(C content) {
    return revisions
        .heldSnapshot(subject(), content.slug(), content.pendingRevision())
        .map(this::read);
  }

  /** What curators work on: the changes held for the content, else what it holds. */
  public D working(C content) {
    return of(content).orElseGet(() -> stored(content));
  }
}
