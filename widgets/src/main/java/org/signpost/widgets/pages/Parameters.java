package org.signpost.widgets.pages;

import java.util.Optional;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.UnknownTermException;

/** Reading the parameters that pages, fragments and embeds take. */
public final class Parameters {

  private Parameters() {}

  /**
   * A key stage read leniently, empty when none was given.
   *
   * @throws UnknownTermException when one was given that means nothing
   */
  public static Optional<KeyStage> keyStage(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(KeyStage.parse(value));
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
