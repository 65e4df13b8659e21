package org.signpost.widgets.http;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.taxonomy.UnknownTermException;
import org.signpost.core.validation.InvalidInputException;
import org.signpost.core.validation.WholeNumbers;

/**
 * Reading what the public side is asked for, the same way for pages, embeds, fragments and the API:
 * terms are read leniently by core and absent stays absent; the API's strict forms name the
 * parameter at fault for a problem body.
 */
public final class PublicParameters {

  private PublicParameters() {}

  /**
   * A term read leniently by core, such as a key stage; empty when none was given.
   *
   * @throws UnknownTermException when one was given that means nothing
   */
  public static <T> Optional<T> term(String value, Function<String, T> parser) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(parser.apply(value));
  }

  /**
   * The same for the API: absent is null.
   *
   * @throws InvalidParameterException naming the parameter and what it accepts
   */
  public static <T> T term(String name, String value, Function<String, T> parser) {
    try {
      return term(value, parser).orElse(null);
    } catch (UnknownTermException e) {
      throw new InvalidParameterException(name, e.getMessage(), e.accepted());
    }
  }

  /**
   * A whole number within bounds; absent is the default.
   *
   * @throws InvalidParameterException naming the parameter
   */
  public static int number(String name, String value, int fallback, int min, int max) {
    try {
      return WholeNumbers.within(name, value, fallback, min, max);
    } catch (InvalidInputException e) {
      throw new InvalidParameterException(name, e.getMessage(), List.of());
    }
  }

  /** The 1-based {@code page} and {@code size} of a listing. */
  public static PageRequest page(String page, String size) {
    int number = number("page", page, 1, 1, 100_000);
    int perPage = number("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
    return new PageRequest(number - 1, perPage);
  }

  /** Free text, bounded in length. */
  public static String text(String name, String value, int max) {
    if (value != null && value.length() > max) {
      throw new InvalidParameterException(
          name, "may have at most " + max + " characters, has " + value.length(), List.of());
    }
    return value;
  }

  /**
   * The part of a path after a prefix, such as the slug in {@code /topics/healthy-relationships}.
   */
  public static String tail(String pathInfo) {
    if (pathInfo == null || pathInfo.length() <= 1) {
      return "";
    }
    return pathInfo.substring(1);
  }

  /** One of a few known values, or the fallback. */
  public static String oneOf(String value, String fallback, String... known) {
    for (String candidate : known) {
      if (candidate.equals(value)) {
        return candidate;
      }
    }
    return fallback;
  }
}
