package org.signpost.core.content.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** Compares two revisions (or snapshots) of the same subject as readable lines, older first. */
public final class RevisionComparison {

  private RevisionComparison() {}

  /**
   * Every line of the newer snapshot, and the older one's lines it no longer has, in order, with
   * slugs shown by the {@code names} curators know them by.
   */
  public static List<ChangedLine> compare(String older, String newer, SnapshotNames names) {
    List<String> before = ReadableSnapshot.lines(older, names);
    List<String> after = ReadableSnapshot.lines(newer, names);
    Patch<String> patch = DiffUtils.diff(before, after);
    List<ChangedLine> lines = new ArrayList<>();
    int next = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      for (; next < start; next++) {
        lines.add(new ChangedLine(ChangedLine.Change.KEPT, before.get(next)));
      }
      delta
          .getSource()
          .getLines()
          .forEach(line -> lines.add(new ChangedLine(ChangedLine.Change.REMOVED, line)));
      delta
          .getTarget()
          .getLines()
          .forEach(line -> lines.add(new ChangedLine(ChangedLine.Change.ADDED, line)));
      next = start + delta.getSource().size();
    }
    for (; next < before.size(); next++) {
      lines.add(new ChangedLine(ChangedLine.Change.KEPT, before.get(next)));
    }
    return lines;
  }
}
