package org.signpost.core.feedback;

import java.util.regex.Pattern;

/**
 * Removes what identifies a person from free text before it is stored: e-mail addresses, phone
 * numbers (UK and international forms) and UK postcodes. Readers of children's pages type such
 * things into comment boxes; the service must not keep them.
 */
public final class PersonalDataRedactor {

  static final String EMAIL_MARK = "[email removed]";
  static final String PHONE_MARK = "[phone removed]";
  static final String POSTCODE_MARK = "[postcode removed]";

  private static final Pattern EMAIL =
      Pattern.compile(
          "[\\p{L}\\p{N}._%+'-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

  /** Ten or more digits, optionally after +, with spaces, dots, hyphens or brackets between. */
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d(?:[\\s().-]*\\d){9,14}(?![\\p{L}\\p{N}])");

  /** The UK postcode shapes, such as SW1A 1AA, M1 1AE, B33 8TH, CR2 6XH, DN55 1PT. */
  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE);

  private PersonalDataRedactor() {}

  /** The text with each e-mail address, phone number and postcode replaced by a marker. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String redacted = EMAIL.matcher(text).replaceAll(EMAIL_MARK);
    redacted = PHONE.matcher(redacted).replaceAll(PHONE_MARK);
    return POSTCODE.matcher(redacted).replaceAll(POSTCODE_MARK);
  }
}
