package org.signpost.core.taxonomy;

import java.util.List;

/** Who a page or resource is written for; also the areas of the service's site. */
public enum Audience implements Terms.Term {
  PROFESSIONALS("Professionals", "professional", "practitioners", "staff"),
  PARENTS_AND_CARERS("Parents and carers", "parents", "parent", "carers"),
  YOUNG_PEOPLE("Young people", "youngperson", "children", "childrenandyoungpeople");

  private final String label;
  private final List<String> aliases;

  Audience(String label, String... aliases) {
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
   * Reads what a person typed: the code, the label in any case, or a common near form such as
   * {@code parents}.
   *
   * @throws UnknownTermException naming the accepted codes when nothing matches
   */
  public static Audience parse(String input) {
    return Terms.parse(values(), "audience", input, null);
  }

  public static List<String> codes() {
    return Terms.codes(values());
  }
}
