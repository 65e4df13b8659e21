package org.signpost.core.taxonomy;

import java.util.List;

/** What kind of thing an external resource is, so readers know what they will get. */
public enum ResourceType implements Terms.Term {
  GUIDANCE("Guidance"),
  FORM("Form or template"),
  BOOKLIST("Booklist"),
  LESSON_PLAN("Lesson plans", "lessons", "lessonplans", "lesson"),
  INFORMATION("Information"),
  SERVICE_FINDER("Service finder", "services", "findaservice"),
  E_LEARNING("E-learning", "course"),
  HELPLINE("Helpline"),
  VIDEO("Video");

  private final String label;
  private final List<String> aliases;

  ResourceType(String label, String... aliases) {
    this.label = label;
    this.aliases = List.of(aliases);
  }

  public String label() {
    return label;
  }

  @Override
  public List<String> aliases() {
    return aliases;
  }

  /**
   * Reads a type code in any case or spacing, or a common near form such as {@code lessons}.
   *
   * @throws UnknownTermException naming the accepted codes when nothing matches
   */
  public static ResourceType parse(String input) {
    return Terms.parse(values(), "resource type", input, null);
  }

  public static List<String> codes() {
    return Terms.codes(values());
  }
}
