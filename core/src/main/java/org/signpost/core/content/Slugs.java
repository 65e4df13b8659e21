package org.signpost.core.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.signpost.core.validation.Refusal;

/**
 * The form of the readable keys in URLs and content packs, such as {@code healthy-relationships}.
 */
public final class Slugs {

  /** Lower-case letters and digits in words joined by single hyphens. */
  public static final String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

  public static final int MAX_LENGTH = 80;

  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  private Slugs() {}

  /**
   * A slug made from a title: accents dropped, lower case, words joined by hyphens, cut at a word
   * boundary to fit; {@code "Sleep & Screens"} becomes {@code sleep-screens}.
   *
   * @throws IllegalArgumentException when the title holds no letter or digit
   */
  public static String fromTitle(String title) {
    String plain =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.isEmpty()) {
      throw new Refusal("text.no-letter-for-slug");
    }
    while (plain.length() > MAX_LENGTH) {
      int cut = plain.lastIndexOf('-', MAX_LENGTH);
      plain = cut > 0 ? plain.substring(0, cut) : plain.substring(0, MAX_LENGTH);
    }
    return plain;
  }

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
      throw new Refusal("text.not-a-slug", slug, MAX_LENGTH);
    }
    return slug;
  }
}
