package org.signpost.core.pack;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did to each organisation, resource and topic of the pack.
 *
 * @param changes one line per entry, in pack order
 */
public record ImportReport(List<Change> changes) implements Serializable {

  /** What happened to one entry. */
  public enum Action {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /**
   * @param kind {@code organisation}, {@code resource} or {@code topic}
   * @param name its title or name, as the pack holds it
   */
  public record Change(String kind, String slug, String name, Action action)
      implements Serializable {}

  public ImportReport {
    changes = List.copyOf(changes);
  }

  public long count(Action action) {
    return changes.stream().filter(c -> c.action() == action).count();
  }

  /** Whether the import changed nothing at all, as a repeated import should. */
  public boolean changedNothing() {
    return count(Action.UNCHANGED) == changes.size();
  }

  @Override
  public String toString() {
    return count(Action.CREATED)
        + " created, "
        + count(Action.UPDATED)
        + " updated, "
        + count(Action.UNCHANGED)
        + " unchanged";
  }

  static final class Builder {
    private final List<Change> changes = new ArrayList<>();

    void add(String kind, String slug, String name, Action action) {
      changes.add(new Change(kind, slug, name, action));
    }

    ImportReport build() {
      return new ImportReport(changes);
    }
  }
}
