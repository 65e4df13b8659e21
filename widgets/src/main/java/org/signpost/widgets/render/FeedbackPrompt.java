package org.signpost.widgets.render;

/**
 * The "Was this page helpful?" prompt.
 *
 * @param topic the slug of the topic the page shows, if any
 * @param page the path the answer is about
 * @param returnTo where the no-script form comes back to, on this site
 * @param outcome what the last post came to ({@code thanks}, {@code choose}), if the reader just
 *     sent one
 * @param action where the form posts: an absolute address, since a widget's form sits in another
 *     site's page
 */
public record FeedbackPrompt(
    String topic, String page, String returnTo, String outcome, String action) {

  /** A prompt whose form posts to this site's feedback intake at {@code baseUrl}. */
  public static FeedbackPrompt of(
      String topic, String page, String returnTo, String outcome, String baseUrl) {
    return new FeedbackPrompt(topic, page, returnTo, outcome, baseUrl + "/api/v1/feedback");
  }

  public boolean thanked() {
    return "thanks".equals(outcome);
  }

  public boolean needsChoice() {
    return "choose".equals(outcome) || "invalid".equals(outcome);
  }
}
