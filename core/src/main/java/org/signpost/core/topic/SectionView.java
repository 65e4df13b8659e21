package org.signpost.core.topic;

/**
 * A section as readers see it.
 *
 * @param body sanitised HTML
 * @param kind {@code text}, {@code guidance} or {@code safeguarding}
 */
public record SectionView(String heading, String kind, String body) {

  public static SectionView of(Section section) {
    return new SectionView(section.heading(), section.kind().code(), section.body());
  }
}
