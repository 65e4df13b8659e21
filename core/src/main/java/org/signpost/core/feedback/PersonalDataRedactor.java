package org.signpost.core.feedback;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what identifies a person from free text before it is stored: e-mail addresses (also
 * written out, as in "name at example dot org"), phone numbers (UK and international forms, with
 * any separators, with the letter O typed for zero, or spelled out in words, as in "zero seven
 * seven hundred...") and UK postcodes. Readers of children's pages type such things into comment
 * boxes; the service must not keep them. The text is first brought to its compatibility form
 * (NFKC), so full-width digits and non-breaking spaces count as digits and spaces, and the patterns
 * treat every script's digits, letters and spaces alike.
 */
public final class PersonalDataRedactor {

  static final String EMAIL_MARK = "[email removed]";
  static final String PHONE_MARK = "[phone removed]";
  static final String POSTCODE_MARK = "[postcode removed]";

  private static final String LABEL = "[\\p{L}\\p{N}-]+";

  /** An address with "@" (or "(at)", "[at]") and dots, or with "at" and "dot" as words. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[\\p{L}\\p{N}._%+'-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*"
              + LABEL
              + "(?:\\s*(?:\\.|\\(dot\\)|\\[dot\\])\\s*"
              + LABEL
              + ")+"
              + "|[\\p{L}\\p{N}._%+'-]+\\s+at\\s+"
              + LABEL
              + "(?:\\s+dot\\s+"
              + LABEL
              + ")*\\s+dot\\s+(?:com|org|net|uk|gov|nhs|sch|ac|edu|info|io|me|co)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Ten or more digits, optionally after +, with spaces, dots, hyphens, slashes or brackets
   * between.
   */
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])\\+?\\(?\\d(?:[\\s()./-]*\\d){9,14}(?![\\p{L}\\p{N}])",
          Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * A phone number typed with the letter O (or o) for some of its zeros, as in "O77OO 9OO 123": the
   * same shape as {@link #PHONE} with O counting as a digit; it is taken for a number only when
   * enough of it is real digits ({@link #REAL_DIGITS_IN_LOOKALIKE}).
   */
  private static final Pattern PHONE_LOOKALIKE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])\\+?\\(?[\\dOo](?:[\\s()./-]*[\\dOo]){9,14}(?![\\p{L}\\p{N}])",
          Pattern.UNICODE_CHARACTER_CLASS);

  static final int REAL_DIGITS_IN_LOOKALIKE = 5;

  /**
   * A run of number words and digits, as a phone number is read out: "zero seven seven hundred,
   * nine hundred one two three", "oh double seven...". Whether it is long enough is counted apart.
   */
  private static final String NUMBER_WORD =
      "(?:zero|nought|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple|hundred"
          + "|thousand|\\d+)";

  private static final Pattern SPOKEN_NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])"
              + NUMBER_WORD
              + "(?:[\\s,.-]+(?:and[\\s,]+)?"
              + NUMBER_WORD
              + ")+(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** The fewest digits a phone number has (a UK number without its leading zero: 10). */
  static final int PHONE_DIGITS = 10;

  /** The UK postcode shapes, such as SW1A 1AA, M1 1AE, B33 8TH, CR2 6XH, DN55 1PT. */
  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private PersonalDataRedactor() {}

  /** The text with each e-mail address, phone number and postcode replaced by a marker. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String redacted = EMAIL.matcher(normal).replaceAll(EMAIL_MARK);
    redacted = PHONE.matcher(redacted).replaceAll(PHONE_MARK);
    redacted =
        phonesWhere(
            PHONE_LOOKALIKE, found -> realDigits(found) >= REAL_DIGITS_IN_LOOKALIKE, redacted);
    redacted = phonesWhere(SPOKEN_NUMBER, found -> spokenDigits(found) >= PHONE_DIGITS, redacted);
    return POSTCODE.matcher(redacted).replaceAll(POSTCODE_MARK);
  }

  /** Each match of the pattern that is a phone number by the test, marked. */
  private static String phonesWhere(Pattern pattern, Predicate<String> isPhone, String text) {
    return pattern
        .matcher(text)
        .replaceAll(
            found ->
                isPhone.test(found.group()) ? PHONE_MARK : Matcher.quoteReplacement(found.group()));
  }

  private static long realDigits(String text) {
    return text.codePoints().filter(Character::isDigit).count();
  }

  /**
   * How many digits a run of number words reads as: one per digit word or digit, "hundred" two
   * more, "thousand" three, "double" and "triple" one and two more of the digit that follows.
   */
  static int spokenDigits(String run) {
    int digits = 0;
    for (String word : run.toLowerCase(Locale.ROOT).split("[\\s,.-]+")) {
      digits +=
          switch (word) {
            case "", "and" -> 0;
            case "hundred" -> 2;
            case "thousand" -> 3;
            case "double" -> 1;
            case "triple" -> 2;
            default -> Character.isDigit(word.charAt(0)) ? word.length() : 1;
          };
    }
    return digits;
  }
}
