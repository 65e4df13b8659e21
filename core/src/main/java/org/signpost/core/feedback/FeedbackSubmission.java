package org.signpost.core.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.signpost.core.content.Slugs;

/**
 * What a reader sends: the page, yes or no, and perhaps a comment.
 *
 * @param topic the slug of the topic the page shows, if it shows one
 * @param page the page's path or address, such as {@code /topics/healthy-relationships}
 * @param comment up to {@value #MAX_COMMENT} characters; redacted before it is stored
 * @param siteOrigin the origin of the site that embedded the prompt, such as {@code
 *     https://school.example}
 * @param submissionKey a key the sender chose so that a retried submission counts once
 */
public record FeedbackSubmission(
    @Pattern(regexp = Slugs.PATTERN) @Size(max = MAX_SLUG) String topic,
    @NotBlank @Size(max = MAX_PAGE) String page,
    boolean helpful,
    @Size(max = MAX_COMMENT) String comment,
    @Size(max = MAX_ORIGIN) String siteOrigin,
    @Pattern(regexp = "[A-Za-z0-9_-]{8,64}") String submissionKey) {

  public static final int MAX_SLUG = Slugs.MAX_LENGTH;
  public static final int MAX_PAGE = 500;
  public static final int MAX_COMMENT = 1000;
  public static final int MAX_ORIGIN = 255;
  public static final int MAX_KEY = 64;

  /** Redaction markers may be longer than what they replace. */
  static final int MAX_STORED_COMMENT = 2000;

  public FeedbackSubmission {
    topic = blankToNull(topic);
    comment = blankToNull(comment);
    siteOrigin = blankToNull(siteOrigin);
    submissionKey = blankToNull(submissionKey);
    page = page == null ? null : page.strip();
    if (page == null || page.isEmpty() || page.length() > MAX_PAGE) {
      throw new IllegalArgumentException(
          "feedback needs the page it is about, in at most " + MAX_PAGE + " characters");
    }
    if (topic != null && !Slugs.isValid(topic)) {
      throw new IllegalArgumentException("\"" + topic + "\" is not a topic slug");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new IllegalArgumentException(
          "a comment may have at most " + MAX_COMMENT + " characters");
    }
    if (siteOrigin != null && siteOrigin.length() > MAX_ORIGIN) {
      throw new IllegalArgumentException(
          "a site origin may have at most " + MAX_ORIGIN + " characters");
    }
    if (submissionKey != null && !submissionKey.matches("[A-Za-z0-9_-]{8,64}")) {
      throw new IllegalArgumentException(
          "a submission key is 8 to 64 letters, digits, hyphens or underscores");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
