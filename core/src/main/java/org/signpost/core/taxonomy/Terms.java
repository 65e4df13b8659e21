package org.signpost.core.taxonomy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lenient reading of the closed vocabularies that people type (key stages, audiences, types,
 * statuses): {@code Key Stage 3}, {@code key-stage-3} and {@code KS3} all meet.
 */
public final class Terms {

  /** A term of a vocabulary with the other spellings people use for it, already squashed. */
  public interface Term {
    String name();

    /** The canonical code: lower-case words joined by hyphens, such as {@code lesson-plan}. */
    default String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Other spellings, squashed (see {@link Terms#squash}); none by default. */
    default List<String> aliases() {
      return List.of();
    }
  }

  private Terms() {}

  /** Lower case, with spaces, hyphens, underscores and slashes removed, and "&" read as "and". */
  public static String squash(String input) {
    return input.strip().toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[\\s_\\-/]+", "");
  }

  /** Lower case words joined by hyphens: the canonical code form, such as {@code lesson-plan}. */
  public static String code(Enum<?> term) {
    return term.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The codes of a vocabulary, in declaration order. */
  public static <T extends Enum<T>> List<String> codes(T[] terms) {
    return Arrays.stream(terms).map(Terms::code).toList();
  }

  /**
   * Finds the term whose name or alias matches the input once both are squashed.
   *
   * @throws UnknownTermException when none does, naming the accepted codes and the hint
   */
  public static <T extends Enum<T> & Term> T parse(
      T[] terms, String vocabulary, String input, String hint) {
    String squashed = input == null ? "" : squash(input);
    return Arrays.stream(terms)
        .filter(t -> squash(t.name()).equals(squashed) || t.aliases().contains(squashed))
        .findFirst()
        .orElseThrow(
            () ->
                new UnknownTermException(
                    vocabulary, input == null ? "" : input, codes(terms), hint));
  }
}
