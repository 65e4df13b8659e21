package org.signpost.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
    return ANY_REL.matcher(POLICY.sanitize(plainLists(html.strip()))).replaceAll(LINK_REL);
  }

  private static final Pattern EDITOR_LIST =
      Pattern.compile("<ol>((?:(?!</ol>).)*data-list=(?:(?!</ol>).)*)</ol>", Pattern.DOTALL);
  private static final Pattern EDITOR_ITEM =
      Pattern.compile("<li data-list=\"(bullet|ordered)\"[^>]*>(.*?)</li>", Pattern.DOTALL);

  /**
   * The console's editor (Quill 2) writes every list as {@code <ol>} and says in each item's {@code
   * data-list} whether it is a bullet; the allow-list drops that attribute, so such runs of items
   * become {@code <ul>} first, and numbered ones stay {@code <ol>}.
   */
  static String plainLists(String html) {
    if (!html.contains("data-list=")) {
      return html;
    }
    return EDITOR_LIST
        .matcher(html)
        .replaceAll(
            list -> {
              StringBuilder out = new StringBuilder();
              String open = null;
              Matcher item = EDITOR_ITEM.matcher(list.group(1));
              while (item.find()) {
                String tag = item.group(1).equals("bullet") ? "ul" : "ol";
                if (!tag.equals(open)) {
                  if (open != null) {
                    out.append("</").append(open).append('>');
                  }
                  out.append('<').append(tag).append('>');
                  open = tag;
                }
                out.append("<li>").append(item.group(2)).append("</li>");
              }
              if (open != null) {
                out.append("</").append(open).append('>');
              }
              return Matcher.quoteReplacement(out.toString());
            });
  }

  /** Whether the input is already exactly as the policy would keep it. */
  public static boolean isClean(String html) {
    return sanitise(html).equals(html == null ? "" : html.strip());
  }

  private static final Pattern BLOCK = Pattern.compile("(?=<(?:p|li|h[1-6]|ul|ol)[ >])");
  private static final Pattern LINK =
      Pattern.compile("<a\\b[^>]*?href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);");
  private static final Map<String, String> NAMED_ENTITIES =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

  /**
   * Sanitised rich text as a person reads it, a line per paragraph, heading or list item (list
   * items marked with a bullet): tags gone, characters decoded, each link followed by its address.
   */
  public static List<String> plainBlocks(String html) {
    List<String> blocks = new ArrayList<>();
    for (String block : BLOCK.split(html)) {
      String plain = plainText(block);
      if (!plain.isEmpty()) {
        blocks.add((block.startsWith("<li") ? "• " : "") + plain);
      }
    }
    return blocks;
  }

  private static String plainText(String html) {
    Matcher link = LINK.matcher(html);
    StringBuilder withAddresses = new StringBuilder();
    while (link.find()) {
      String address = decode(link.group(1)).replace("<", "");
      link.appendReplacement(
          withAddresses, Matcher.quoteReplacement(link.group(2) + " (" + address + ")"));
    }
    link.appendTail(withAddresses);
    return decode(TAG.matcher(withAddresses).replaceAll(" ")).replaceAll("\\s+", " ").strip();
  }

  private static String decode(String text) {
    Matcher entity = ENTITY.matcher(text);
    StringBuilder decoded = new StringBuilder();
    while (entity.find()) {
      String name = entity.group(1);
      String character;
      try {
        if (name.startsWith("#x") || name.startsWith("#X")) {
          character = Character.toString(Integer.parseInt(name.substring(2), 16));
        } else if (name.startsWith("#")) {
          character = Character.toString(Integer.parseInt(name.substring(1)));
        } else {
          character = NAMED_ENTITIES.getOrDefault(name, entity.group());
        }
      } catch (IllegalArgumentException notACharacter) {
        character = entity.group();
      }
      entity.appendReplacement(decoded, Matcher.quoteReplacement(character));
    }
    entity.appendTail(decoded);
    return decoded.toString();
  }
}
