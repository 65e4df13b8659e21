package org.signpost.core.persistence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.signpost.core.validation.Validated;

/**
 * Which page of a result to read.
 *
 * @param page zero-based
 * @param size between 1 and {@value #MAX_SIZE}
 */
public record PageRequest(@Min(0) int page, @Min(1) @Max(MAX_SIZE) int size) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  public PageRequest {
    Validated.components(PageRequest.class, page, size);
  }

  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /**
   * The page that holds the row at {@code first}, for a table that asks by first row and rows per
   * page; the size is kept within 1 and {@value #MAX_SIZE}.
   */
  public static PageRequest holding(int first, int rowsPerPage) {
    int size = Math.min(Math.max(rowsPerPage, 1), MAX_SIZE);
    return new PageRequest(Math.max(first, 0) / size, size);
  }

  public int offset() {
    return page * size;
  }
}
