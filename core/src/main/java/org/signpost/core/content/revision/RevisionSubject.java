package org.signpost.core.content.revision;

/** The kinds of content that keep revisions. */
public enum RevisionSubject {
  TOPIC,
  RESOURCE,
  ORGANISATION,
  /** Who holds which roles, and their names and addresses: administrators' business only. */
  ACCOUNT
}
