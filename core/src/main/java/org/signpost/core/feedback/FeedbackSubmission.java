package org.signpost.core.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.signpost.core.content.PlainText;
import org.signpost.core.content.Slugs;

/**
 * What a reader sends: the page, yes or no, and perhaps a comment.
 *
 * @param topic the slug of the topic the page shows, if it shows one
 * @param page the page's path or address, such as {@code /topics/healthy-relationships}; only its
 *     path is kept
 * @param comment up to {@value #MAX_COMMENT} characters; redacted before it is stored
 * @param siteOrigin the origin of the site that embedded the prompt, such as {@code
 *     https://school.example}
 * @param submissionKey a key the sender chose so that a retried submission counts once
 */
public record FeedbackSubmission(
    @Pattern(
            regexp = Slugs.PATTERN,
            message = "a topic is named by its slug: lower-case letters, digits and hyphens")
        @Size(max = MAX_SLUG, message = "a topic slug has at most {max} characters")
        String topic,
    @NotBlank(message = "feedback needs the page it is about")
        @Size(max = MAX_PAGE, message = "the page's address may have at most {max} characters")
        @Pattern(
            regexp = PlainText.PATTERN,
            message = "the page's address holds control characters")
        String page,
    boolean helpful,
    @Size(max = MAX_COMMENT, message = "a comment may have at most {max} characters")
        @Pattern(regexp = PlainText.PATTERN, message = "a comment may not hold control characters")
        String comment,
    @Size(max = MAX_ORIGIN, message = "a site origin may have at most {max} characters")
        @Pattern(regexp = PlainText.PATTERN, message = "a site origin holds control characters")
        String siteOrigin,
    @Pattern(
            regexp = "[A-Za-z0-9_-]{8,64}",
            message = "a submission key is 8 to 64 letters, digits, hyphens or underscores")
        String submissionKey) {

  public static final int MAX_SLUG = Slugs.MAX_LENGTH;
  public static final int MAX_PAGE = 500;
  public static final int MAX_COMMENT = 1000;
  public static final int MAX_ORIGIN = 255;
  public static final int MAX_KEY = 64;

  /** Redaction markers may be longer than what they replace. */
  static final int MAX_STORED_COMMENT = 2000;

  /** Tidies what was sent; its constraints are checked where it is submitted. */
  public FeedbackSubmission {
    topic = blankToNull(topic);
    comment = blankToNull(comment);
    siteOrigin = blankToNull(siteOrigin);
    submissionKey = blankToNull(submissionKey);
    page = pathOnly(page);
  }

  /**
   * The page's path alone: a query string or fragment may carry what identifies a reader (an
   * address, a phone number, a tracking code), so neither is kept, nor the host of a full address.
   */
  static String pathOnly(String page) {
    if (page == null || page.isBlank()) {
      return page == null ? null : "";
    }
    String kept = page.strip();
    int end = kept.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = kept.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    kept = kept.substring(0, end);
    int scheme = kept.indexOf("://");
    if (scheme >= 0) {
      int path = kept.indexOf('/', scheme + 3);
      kept = path < 0 ? "/" : kept.substring(path);
    }
    return kept.isEmpty() ? "/" : kept;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
