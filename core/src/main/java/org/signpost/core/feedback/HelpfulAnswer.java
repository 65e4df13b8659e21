package org.signpost.core.feedback;

import java.util.Locale;

/**
 * How "Was this page helpful?" is answered in forms, filters and links: {@code yes} or {@code no}
 * (also {@code true} or {@code false}), in any case.
 */
public final class HelpfulAnswer {

  private HelpfulAnswer() {}

  /** True for yes, false for no, null for anything else, including no answer. */
  public static Boolean parse(String answer) {
    if (answer == null) {
      return null;
    }
    return switch (answer.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> Boolean.TRUE;
      case "no", "false" -> Boolean.FALSE;
      default -> null;
    };
  }
}
