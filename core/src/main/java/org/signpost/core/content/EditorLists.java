package org.signpost.core.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The console's editor (Quill 2) keeps every list flat, as one {@code <ol>} whose items say in
 * {@code data-list} whether they are bullets or numbers and in a {@code ql-indent-N} class how deep
 * they sit. The allow-list keeps neither attribute, so such lists are first rebuilt as the nested
 * {@code <ul>} and {@code <ol>} that every reader, screen reader and host site understands.
 */
final class EditorLists {

  private static final Pattern INDENT = Pattern.compile("\\bql-indent-(\\d+)\\b");

  private EditorLists() {}

  /** Whether the text holds lists in the editor's flat form. */
  static boolean present(String html) {
    return html.contains("data-list=");
  }

  /** The text with each of the editor's flat lists rebuilt as nested lists of the right kinds. */
  static String nested(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    document.select("span.ql-ui").remove();
    for (Element flat : document.select("ol:has(> li[data-list]), ul:has(> li[data-list])")) {
      if (flat.parent() != null) {
        rebuild(flat);
      }
    }
    return document.body().html();
  }

  /**
   * The text with each list written as the editor keeps lists, the reverse of {@link #nested}: one
   * flat {@code <ol>} whose items say their kind and depth, so that the editor shows stored
   * bullets, numbers and nesting exactly as they were typed.
   */
  static String flat(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    for (Element list : document.body().children()) {
      if (list.nameIs("ul") || list.nameIs("ol")) {
        Element flat = new Element("ol");
        flatten(list, 0, flat);
        list.replaceWith(flat);
      }
    }
    return document.body().html();
  }

  private static void flatten(Element list, int depth, Element flat) {
    String kind = list.nameIs("ol") ? "ordered" : "bullet";
    for (Element item : list.children()) {
      if (!item.nameIs("li")) {
        continue;
      }
      Element plain = flat.appendElement("li").attr("data-list", kind);
      if (depth > 0) {
        plain.addClass("ql-indent-" + depth);
      }
      List<Element> nested = new ArrayList<>();
      for (Node child : item.childNodes()) {
        if (child instanceof Element element && (element.nameIs("ul") || element.nameIs("ol"))) {
          nested.add(element);
        } else {
          plain.appendChild(child.clone());
        }
      }
      for (Element inner : nested) {
        flatten(inner, depth + 1, flat);
      }
    }
  }

  private record Level(int depth, Element list) {}

  private static void rebuild(Element flat) {
    Element anchor = flat;
    Deque<Level> open = new ArrayDeque<>();
    for (Element item : flat.children()) {
      if (!item.nameIs("li")) {
        continue;
      }
      int depth = depth(item);
      String kind = item.attr("data-list");
      String tag = kind.isEmpty() ? flat.tagName() : kind.equals("ordered") ? "ol" : "ul";
      while (!open.isEmpty() && open.peek().depth() > depth) {
        open.pop();
      }
      if (!open.isEmpty()
          && open.peek().depth() == depth
          && !open.peek().list().tagName().equals(tag)) {
        open.pop();
      }
      if (open.isEmpty() || open.peek().depth() < depth) {
        Element list = new Element(tag);
        if (open.isEmpty()) {
          anchor.after(list);
          anchor = list;
        } else {
          Element parent = open.peek().list().children().last();
          (parent == null ? open.peek().list().appendElement("li") : parent).appendChild(list);
        }
        open.push(new Level(depth, list));
      }
      Element plain = new Element("li");
      plain.appendChildren(item.childNodesCopy());
      open.peek().list().appendChild(plain);
    }
    flat.remove();
  }

  private static int depth(Element item) {
    Matcher indent = INDENT.matcher(item.className());
    return indent.find() ? Integer.parseInt(indent.group(1)) : 0;
  }
}
