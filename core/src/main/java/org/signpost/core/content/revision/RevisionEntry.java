package org.signpost.core.content.revision;

import java.time.Instant;

/** One saved change as the console lists it: who changed what, when, and in a few words how. */
public record RevisionEntry(
    RevisionSubject subject,
    String subjectKey,
    int number,
    String author,
    String summary,
    Instant createdAt) {

  public static RevisionEntry of(Revision revision) {
    return new RevisionEntry(
        revision.subject(),
        revision.subjectKey(),
        revision.number(),
        revision.author(),
        revision.summary(),
        revision.createdAt());
  }
}
