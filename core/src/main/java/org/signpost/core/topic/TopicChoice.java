package org.signpost.core.topic;

import java.io.Serializable;

/** A topic as a choice in a form: what to store and what to show. */
public record TopicChoice(String slug, String title, TopicStatus status) implements Serializable {}
