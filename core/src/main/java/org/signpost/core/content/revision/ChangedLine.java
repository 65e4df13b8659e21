package org.signpost.core.content.revision;

import java.io.Serializable;

/**
 * One line of a comparison between two revisions.
 *
 * @param change whether the line was kept, removed from the older or added in the newer
 */
public record ChangedLine(Change change, String text) implements Serializable {

  public enum Change {
    KEPT,
    REMOVED,
    ADDED
  }
}
