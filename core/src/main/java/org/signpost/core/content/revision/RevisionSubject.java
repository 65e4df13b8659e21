package org.signpost.core.content.revision;

/** The kinds of content that keep revisions. */
public enum RevisionSubject {
  TOPIC,
  RESOURCE,
  ORGANISATION,
  ACCOUNT
}
