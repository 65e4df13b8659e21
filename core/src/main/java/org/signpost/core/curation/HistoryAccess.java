package org.signpost.core.curation;

import java.util.Arrays;
import java.util.List;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.content.revision.RevisionSubject;

/**
 * Who may read the history of what: every curator reads the history of topics, resources and
 * organisations, and only administrators that of accounts (who holds which roles, their names and
 * addresses).
 */
public final class HistoryAccess {

  private HistoryAccess() {}

  /** Whether the reader may see the history of this kind, in the audit log or on its own. */
  public static boolean readableBy(RevisionSubject kind, Actor reader) {
    return reader.holdsAny(Role.values())
        && (kind != RevisionSubject.ACCOUNT || reader.holdsAny(Role.ADMIN));
  }

  /** The kinds whose history the reader may see, of those given (of all when none are). */
  public static List<RevisionSubject> kindsReadableBy(Actor reader, RevisionSubject... kinds) {
    return Arrays.stream(kinds.length == 0 ? RevisionSubject.values() : kinds)
        .filter(kind -> readableBy(kind, reader))
        .toList();
  }

  /**
   * Checks that the reader may see the history of this kind.
   *
   * @throws org.signpost.core.account.NotPermittedException naming who may
   */
  public static void requireReadable(RevisionSubject kind, Actor reader) {
    reader.require("read the history of changes", Role.values());
    if (kind == RevisionSubject.ACCOUNT) {
      reader.require("read an account's history", Role.ADMIN);
    }
  }
}
