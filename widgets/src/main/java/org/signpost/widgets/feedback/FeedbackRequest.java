package org.signpost.widgets.feedback;

/**
 * What the widget sends as JSON.
 *
 * @param helpful yes or no; required
 * @param website a field people never see: a bot that fills it in is thanked and ignored
 * @param key the widget's idempotency key, when not sent as the {@code Idempotency-Key} header
 */
public record FeedbackRequest(
    String topic,
    String page,
    Boolean helpful,
    String comment,
    String site,
    String website,
    String key) {}
