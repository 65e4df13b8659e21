package org.signpost.core.content.revision;

/**
 * One line of a comparison between two revisions.
 *
 * @param change whether the line was kept, removed from the older or added in the newer
 */
public record ChangedLine(Change change, String text) {

  public enum Change {
    KEPT,
    REMOVED,
    ADDED
  }
}
