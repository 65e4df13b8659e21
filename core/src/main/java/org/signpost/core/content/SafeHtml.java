package org.signpost.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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

  /**
   * The input with everything outside the allow-list removed, control characters included (the
   * policy keeps them, and one would make the Atom feed unreadable); {@code null} reads as empty.
   */
  public static String sanitise(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    String text = PlainText.withoutRefused(html).strip();
    if (EditorLists.present(text)) {
      text = EditorLists.nested(text);
    }
    return ANY_REL.matcher(POLICY.sanitize(text)).replaceAll(LINK_REL);
  }

  /**
   * Stored rich text as the console's editor (Quill 2) keeps it, lists flat with their kind and
   * depth on each item: given the nested lists that readers get, the editor would merge a nested
   * item into the one above it.
   */
  public static String forEditor(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return html.contains("<ul") || html.contains("<ol") ? EditorLists.flat(html) : html;
  }

  /** Whether the input is already exactly as the policy would keep it. */
  public static boolean isClean(String html) {
    return sanitise(html).equals(html == null ? "" : html.strip());
  }

  /**
   * Sanitised rich text as a person reads it, a line per paragraph, heading or list item: tags
   * gone, characters decoded, each link followed by its address. A bulleted item starts with a
   * bullet and a numbered one with its number, each indented two spaces per level of nesting, so
   * that a comparison of two revisions shows a list that changed kind or depth.
   */
  public static List<String> plainBlocks(String html) {
    List<String> blocks = new ArrayList<>();
    if (html == null || html.isBlank()) {
      return blocks;
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    for (Element link : body.select("a[href]")) {
      link.appendText(" (" + link.attr("href") + ")");
    }
    collect(body, blocks);
    return blocks;
  }

  private static void collect(Element parent, List<String> blocks) {
    StringBuilder loose = new StringBuilder();
    for (Node child : parent.childNodes()) {
      if (child instanceof Element element && element.isBlock()) {
        addLine(blocks, "", loose.toString());
        loose.setLength(0);
        if (element.nameIs("li")) {
          addItem(element, blocks);
        } else if (element.nameIs("p") || element.nameIs("h3") || element.nameIs("h4")) {
          addLine(blocks, "", element.text());
        } else {
          collect(element, blocks);
        }
      } else if (child instanceof Element element) {
        loose.append(element.nameIs("br") ? " " : element.text());
      } else if (child instanceof TextNode text) {
        loose.append(text.text());
      }
    }
    addLine(blocks, "", loose.toString());
  }

  private static void addItem(Element item, List<String> blocks) {
    Element list = item.parent();
    long depth = item.parents().stream().filter(e -> e.nameIs("ul") || e.nameIs("ol")).count() - 1;
    String marker =
        list != null && list.nameIs("ol") ? (item.elementSiblingIndex() + 1) + ". " : "• ";
    StringBuilder own = new StringBuilder();
    List<Element> nested = new ArrayList<>();
    for (Node child : item.childNodes()) {
      if (child instanceof Element element && (element.nameIs("ul") || element.nameIs("ol"))) {
        nested.add(element);
      } else if (child instanceof Element element) {
        own.append(element.text());
      } else if (child instanceof TextNode text) {
        own.append(text.text());
      }
    }
    addLine(blocks, "  ".repeat((int) Math.max(0, depth)) + marker, own.toString());
    for (Element list2 : nested) {
      collect(list2, blocks);
    }
  }

  private static void addLine(List<String> blocks, String marker, String text) {
    String plain = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    if (!plain.isEmpty()) {
      blocks.add(marker + plain);
    }
  }
}
