package org.signpost.core.topic;

import java.util.List;

/**
 * How sections are reordered, whether they are a topic's or the rows of a form that edits one: the
 * item moved takes the new place and the others shift.
 */
public final class SectionOrder {

  private SectionOrder() {}

  /**
   * Moves the item at {@code from} to {@code to}; returns false, changing nothing, when either is
   * not a place in the list.
   */
  public static <T> boolean move(List<T> items, int from, int to) {
    if (from < 0 || to < 0 || from >= items.size() || to >= items.size()) {
      return false;
    }
    items.add(to, items.remove(from));
    return true;
  }
}
