package org.signpost.core.content;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for rich text that curators write (section bodies and topic introductions).
 * Everything outside it is removed before the text is stored, so what reaches a public page or a
 * host site can only be these plain, accessible elements:
 *
 * <ul>
 *   <li>paragraphs and line breaks: {@code p}, {@code br};
 *   <li>sub-headings below the section heading: {@code h3}, {@code h4};
 *   <li>lists: {@code ul}, {@code ol}, {@code li};
 *   <li>emphasis: {@code strong}, {@code em}, {@code b}, {@code i}; quotes: {@code blockquote};
 *       abbreviations: {@code abbr} with {@code title};
 *   <li>links: {@code a} with an {@code href} of scheme {@code https}, {@code http} or {@code
 *       mailto}, always given {@code rel="noopener noreferrer nofollow"}.
 * </ul>
 *
 * No attributes besides those, no style, no script, no images, no frames, no forms. The policy is
 * the OWASP Java HTML Sanitizer's, which is maintained against browser parsing quirks that a hand
 * written filter would miss.
 */
public final class SafeHtml {

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "h3",
              "h4",
              "ul",
              "ol",
              "li",
              "strong",
              "em",
              "b",
              "i",
              "blockquote",
              "abbr",
              "a")
          .allowAttributes("title")
          .onElements("abbr")
          .allowAttributes("href")
          .onElements("a")
          .allowUrlProtocols("https", "http", "mailto")
          .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
          .toFactory();

  /**
   * The policy adds the three rel values in no fixed order; one order keeps sanitising idempotent,
   * so that unchanged content compares equal.
   */
  private static final String LINK_REL = "rel=\"noopener noreferrer nofollow\"";

  private static final Pattern ANY_REL = Pattern.compile("rel=\"[a-z ]*\"");

  private SafeHtml() {}

  /** The input with everything outside the allow-list removed; {@code null} reads as empty. */
  public static String sanitise(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return ANY_REL.matcher(POLICY.sanitize(html.strip())).replaceAll(LINK_REL);
  }

  /** Whether the input is already exactly as the policy would keep it. */
  public static boolean isClean(String html) {
    return sanitise(html).equals(html == null ? "" : html.strip());
  }
}
