package org.signpost.core.feedback;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Removes what identifies a person from free text before it is stored: e-mail addresses (also
 * written out, as in "name at example dot org"), phone numbers (UK and international forms, with
 * any separators) and UK postcodes. Readers of children's pages type such things into comment
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
    return POSTCODE.matcher(redacted).replaceAll(POSTCODE_MARK);
  }
}
