package org.signpost.core.content.revision;

import java.io.Serializable;
import java.time.Instant;

/**
 * One saved change as the console lists it: who changed what, when, and in a few words how.
 *
 * @param subjectName what curators call the subject now, such as a topic's title; its key when
 *     there is nothing else to call it
 */
public record RevisionEntry(
    RevisionSubject subject,
    String subjectKey,
    String subjectName,
    int number,
    String author,
    String summary,
    Instant createdAt)
    implements Serializable {

  static RevisionEntry of(Revision revision, SnapshotNames names) {
    return new RevisionEntry(
        revision.subject(),
        revision.subjectKey(),
        names.of(revision.subject(), revision.subjectKey()),
        revision.number(),
        revision.author(),
        revision.summary(),
        revision.createdAt());
  }
}
