package org.signpost.core.markup;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.HtmlContent;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Signpost's markup: the jte templates compiled from {@code src/main/jte} of core (the embed
 * snippets) and of the widgets (pages, fragments and embeds), rendered with automatic HTML
 * escaping. What a template prints is escaped unless it says {@code $unsafe}, which only sanitised
 * HTML from core may use. No HTML is put together in Java anywhere else.
 */
@ApplicationScoped
public class Templates {

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader());

  /** Template parameters from name and value pairs, for a short call site. */
  public static Map<String, Object> params(Object... namesAndValues) {
    Map<String, Object> parameters = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return parameters;
  }

  /**
   * HTML that another template already rendered (and so escaped), to place inside a layout as it
   * is.
   */
  public static HtmlContent rendered(String html) {
    return output -> output.writeContent(html);
  }

  /**
   * Renders a template by its path, such as {@code pages/topic.jte}.
   *
   * @param parameters the template's {@code @param}s by name
   */
  public String render(String template, Map<String, Object> parameters) {
    return renderOnce(template, parameters);
  }

  /** As {@link #render}, where no container hands out the bean (a record's method). */
  public static String renderOnce(String template, Map<String, Object> parameters) {
    StringOutput output = new StringOutput(8192);
    ENGINE.render(template, parameters, output);
    return output.toString();
  }
}
