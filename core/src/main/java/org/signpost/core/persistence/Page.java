package org.signpost.core.persistence;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer result, with the total so that a reader can page on.
 *
 * @param items the items on this page, at most {@code size}
 * @param total how many items match in all
 * @param page the zero-based page number
 * @param size the page size asked for
 */
public record Page<T>(List<T> items, long total, int page, int size) implements Serializable {

  public Page {
    items = List.copyOf(items);
  }

  /** A page of nothing: what a reader who may see none of the items gets. */
  public static <T> Page<T> empty(PageRequest request) {
    return new Page<>(List.of(), 0, request.page(), request.size());
  }

  /** How many pages the total fills; at least one, so that an empty result still has a page. */
  public int pageCount() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return page + 1 < pageCount();
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total, page, size);
  }
}
