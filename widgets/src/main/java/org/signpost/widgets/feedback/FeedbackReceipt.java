package org.signpost.widgets.feedback;

/** The answer to an accepted submission: nothing about the reader, only that it arrived. */
public record FeedbackReceipt(boolean received) {

  static final FeedbackReceipt RECEIVED = new FeedbackReceipt(true);
}
