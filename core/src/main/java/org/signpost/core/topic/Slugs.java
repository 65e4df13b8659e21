package org.signpost.core.topic;

import java.util.regex.Pattern;

/**
 * The form of the readable keys in URLs and content packs, such as {@code healthy-relationships}.
 */
public final class Slugs {

  /** Lower-case letters and digits in words joined by single hyphens. */
  public static final String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

  public static final int MAX_LENGTH = 80;

  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  private Slugs() {}

  public static boolean isValid(String slug) {
    return slug != null && slug.length() <= MAX_LENGTH && COMPILED.matcher(slug).matches();
  }

  /**
   * Returns the slug when valid.
   *
   * @throws IllegalArgumentException saying what a slug may hold
   */
  public static String require(String slug) {
    if (!isValid(slug)) {
      throw new IllegalArgumentException(
          "\""
              + slug
              + "\" is not a valid slug: use lower-case letters and digits joined by single"
              + " hyphens, at most "
              + MAX_LENGTH
              + " characters");
    }
    return slug;
  }
}
