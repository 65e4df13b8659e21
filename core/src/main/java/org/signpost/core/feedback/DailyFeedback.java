package org.signpost.core.feedback;

import java.io.Serializable;
import java.time.LocalDate;

/** The answers of one day, for the chart over time. */
public record DailyFeedback(LocalDate day, long helpful, long notHelpful) implements Serializable {}
