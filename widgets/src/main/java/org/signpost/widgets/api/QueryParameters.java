package org.signpost.widgets.api;

import java.util.List;
import java.util.function.Function;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.taxonomy.UnknownTermException;
import org.signpost.core.validation.InvalidInputException;
import org.signpost.core.validation.WholeNumbers;

/** Turns query parameters into core values, or into a 400 that names the parameter. */
final class QueryParameters {

  private QueryParameters() {}

  /** A term read leniently by core, such as a key stage; absent stays absent. */
  static <T> T term(String name, String value, Function<String, T> parser) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parser.apply(value);
    } catch (UnknownTermException e) {
      throw new InvalidParameterException(name, e.getMessage(), e.accepted());
    }
  }

  /** A whole number within bounds; absent is the default. */
  static int number(String name, String value, int fallback, int min, int max) {
    try {
      return WholeNumbers.within(name, value, fallback, min, max);
    } catch (InvalidInputException e) {
      throw new InvalidParameterException(name, e.getMessage(), List.of());
    }
  }

  /** The 1-based {@code page} and {@code size} of a listing. */
  static PageRequest page(String page, String size) {
    int number = number("page", page, 1, 1, 100_000);
    int perPage = number("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
    return new PageRequest(number - 1, perPage);
  }

  /** Free text, bounded in length. */
  static String text(String name, String value, int max) {
    if (value != null && value.length() > max) {
      throw new InvalidParameterException(
          name, "may have at most " + max + " characters, has " + value.length(), List.of());
    }
    return value;
  }
}
