package org.signpost.core.topic;

/**
 * How far a topic has got on its way to readers, as curators see it: its {@link TopicStatus} (the
 * workflow's state, which is stored) and, for a published topic, whether changes to it wait in a
 * draft or in review (which is worked out from its held changes). Readers see a published topic's
 * approved version until a second person approves the changes.
 */
public enum CurationStage {
  DRAFT("a draft"),
  IN_REVIEW("in review"),
  PUBLISHED("published"),
  CHANGES_DRAFTED("published, with changes in a draft"),
  CHANGES_IN_REVIEW("published, with changes in review"),
  ARCHIVED("archived");

  private final String words;

  CurationStage(String words) {
    this.words = words;
  }

  /** The stage of a topic in this status, holding changes or not, sent for review or not. */
  static CurationStage of(TopicStatus status, boolean holdsChanges, boolean submitted) {
    return switch (status) {
      case DRAFT -> DRAFT;
      case IN_REVIEW -> IN_REVIEW;
      case ARCHIVED -> ARCHIVED;
      case PUBLISHED -> !holdsChanges ? PUBLISHED : submitted ? CHANGES_IN_REVIEW : CHANGES_DRAFTED;
    };
  }

  /** Whether readers see the topic's approved version. */
  public boolean isPublic() {
    return this == PUBLISHED || holdsChanges();
  }

  /** Whether changes to a published topic wait for approval. */
  public boolean holdsChanges() {
    return this == CHANGES_DRAFTED || this == CHANGES_IN_REVIEW;
  }

  /** The stage in words, such as {@code published, with changes in review}. */
  public String describe() {
    return words;
  }
}
