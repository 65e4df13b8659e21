package org.signpost.core.content;

import org.signpost.core.validation.Refusal;

/**
 * The characters a text field may hold: anything but control characters (tab, line feed and
 * carriage return aside), unpaired surrogates and the two non-characters U+FFFE and U+FFFF. None of
 * them can be typed on purpose or seen on a page, and XML 1.0 forbids them, so one of them in a
 * title would make the Atom feed unreadable to every subscriber; they arrive only by pasting or in
 * a pack or a request made by a program, and are refused there with where they are.
 */
public final class PlainText {

  /**
   * The same rule as a regular expression, for Bean Validation's {@code @Pattern}: one character
   * class (a union), since an alternation under a star recurses once per character and a long
   * comment would exhaust the stack.
   */
  public static final String PATTERN = "[[^\\p{Cc}\\p{Cs}\\x{FFFE}\\x{FFFF}][\\t\\n\\r]]*";

  private PlainText() {}

  /**
   * {@code value} unchanged, or refused.
   *
   * @param what the field as a curator knows it, such as "a topic title"
   * @throws IllegalArgumentException naming the character and where it is
   */
  public static String require(String value, String what) {
    int at = firstRefused(value);
    if (at >= 0) {
      throw new Refusal(
          "text.control-character", what, String.format("%04X", (int) value.charAt(at)), at + 1);
    }
    return value;
  }

  /**
   * {@code value} without the characters a text field may not hold: for writing XML from text
   * stored before they were refused.
   */
  public static String withoutRefused(String value) {
    if (firstRefused(value) < 0) {
      return value;
    }
    StringBuilder kept = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        kept.append(c).append(value.charAt(++i));
      } else if (!refused(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  /** The index of the first character a text field may not hold, or -1. */
  public static int firstRefused(String value) {
    if (value == null) {
      return -1;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (refused(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean refused(char c) {
    return (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
        || Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }
}
