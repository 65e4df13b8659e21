package org.signpost.core.topic;

/** The columns a curator may sort the topic list by. */
public enum TopicOrder {
  TITLE("t.title"),
  STATUS("t.status"),
  AUDIENCE("t.audience"),
  OWNER("t.owner"),
  NEXT_REVIEW_DUE("t.review.nextReviewDue"),
  UPDATED("t.updatedAt");

  private final String path;

  TopicOrder(String path) {
    this.path = path;
  }

  /** The JPQL path sorted on; never taken from input, so safe to put in a query. */
  String path() {
    return path;
  }
}
