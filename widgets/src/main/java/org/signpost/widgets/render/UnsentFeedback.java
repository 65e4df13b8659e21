package org.signpost.widgets.render;

/**
 * An answer from the no-script form that could not be stored, handed back to the reader as they
 * wrote it so that sending it again is one press.
 *
 * @param action where the form posts
 * @param key the submission's key, so that an answer sent twice is stored once
 */
public record UnsentFeedback(
    String action,
    String topic,
    String page,
    String returnTo,
    String site,
    String key,
    boolean helpful,
    String comment) {}
