package org.signpost.core.publication;

/** The widgets a site can embed, by the element and the iframe address that show them. */
public enum WidgetKind {
  TOPIC("signpost-topic", "Whole topic"),
  RESOURCES("signpost-resources", "List of resources"),
  FEEDBACK("signpost-feedback", "\"Was this page helpful?\"");

  private final String element;
  private final String label;

  WidgetKind(String element, String label) {
    this.element = element;
    this.label = label;
  }

  public String element() {
    return element;
  }

  public String label() {
    return label;
  }
}
