package org.signpost.core.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.signpost.core.account.Actor;
import org.signpost.core.content.revision.ChangedLine;
import org.signpost.core.content.revision.RevisionEntry;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;

/** The history of changes as a curator may read it ({@link HistoryAccess}). */
@ApplicationScoped
public class AuditTrail {

  @Inject RevisionLog revisions;

  protected AuditTrail() {}

  public AuditTrail(RevisionLog revisions) {
    this.revisions = revisions;
  }

  /**
   * The audit log as the reader may see it: changes of every kind they may read (or of the one
   * asked for), newest first, narrowed to an author when given.
   */
  public Page<RevisionEntry> recent(
      String author, RevisionSubject kind, PageRequest page, Actor reader) {
    HistoryAccess.requireReadable(kind, reader);
    return revisions.recent(
        author,
        kind == null
            ? HistoryAccess.kindsReadableBy(reader)
            : HistoryAccess.kindsReadableBy(reader, kind),
        page);
  }

  /** One subject's changes, newest first, when the reader may see its kind's history. */
  public List<RevisionEntry> entries(RevisionSubject kind, String key, Actor reader) {
    HistoryAccess.requireReadable(kind, reader);
    return revisions.entries(kind, key);
  }

  /** What changed between two of a subject's revisions, when the reader may see them. */
  public List<ChangedLine> compare(
      RevisionSubject kind, String key, int older, int newer, Actor reader) {
    HistoryAccess.requireReadable(kind, reader);
    return revisions.compare(kind, key, older, newer);
  }
}
