package org.signpost.core.content.review;

import org.signpost.core.account.Actor;
import org.signpost.core.content.revision.ChangeRecorder;
import org.signpost.core.content.revision.EditConflictException;
import org.signpost.core.content.revision.Revision;

/**
 * How every change to reviewed content is written and recorded: into content readers do not see, or
 * held aside for content they do until someone else approves it; each change keeps a revision of
 * what curators work on, and an act readers see moves the content revision in the same transaction,
 * so every widget shows it within seconds. Each kind of content says how it is stored and how a
 * draft is written into it.
 *
 * @param <C> the kind of content
 * @param <D> what its curators write
 */
public abstract class ReviewedChanges<C extends ReviewedContent, D> {

  private final ChangeRecorder changes;
  private final HeldDrafts<C, D> held;

  protected ReviewedChanges(ChangeRecorder changes, HeldDrafts<C, D> held) {
    this.changes = changes;
    this.held = held;
  }

  /** Stores the content, returning what was stored. */
  protected abstract C store(C content);

  /** Writes a draft into the content itself. */
  protected abstract void writeIn(C content, D draft);

  /** The content in a curator's words, such as {@code the topic "Healthy Relationships"}. */
  protected abstract String described(C content);

  /**
   * Writes what a curator changed: into content readers do not see, or held aside for content they
   * do until someone else approves it. Either way the curator may not approve it themselves.
   */
  public C change(C content, D draft, Actor actor, String summary) {
    if (!content.holdsChangesAside()) {
      writeIn(content, draft);
      content.changedBy(actor.login());
      return saved(content, false, actor, summary);
    }
    Revision kept =
        changes.record(
            held.subject(),
            content.slug(),
            actor.login(),
            summary + " (waiting for approval)",
            held.snapshot(content, draft));
    content.holdChanges(kept.number(), actor.login());
    return store(content);
  }

  /**
   * Stores and records what an act did, with what curators work on as its snapshot; the content
   * revision moves when the act is one readers see.
   */
  public C saved(C content, ReviewAct act, Actor actor, String summary) {
    return saved(content, act.readersSeeIt(), actor, summary);
  }

  private C saved(C content, boolean readersSeeIt, Actor actor, String summary) {
    C stored = store(content);
    String snapshot = held.snapshot(stored, held.working(stored));
    if (readersSeeIt) {
      changes.recordSeenByReaders(held.subject(), stored.slug(), actor.login(), summary, snapshot);
    } else {
      changes.record(held.subject(), stored.slug(), actor.login(), summary, snapshot);
    }
    return stored;
  }

  /**
   * The content, if nobody saved it since the version the curator started from.
   *
   * @throws EditConflictException naming who saved it in between, and when
   */
  public C current(C content, long basedOnVersion) {
    changes.requireVersion(
        held.subject(),
        content.slug(),
        described(content),
        content.version(),
        basedOnVersion,
        content.updatedAt());
    return content;
  }

  /**
   * The content, if it is still at the version the reviewer read.
   *
   * @throws EditConflictException naming who changed it since
   */
  public C asSeen(C content, long seenVersion) {
    changes.requireSeenVersion(
        held.subject(), content.slug(), described(content), content.version(), seenVersion);
    return content;
  }
}
