package org.signpost.core.taxonomy;

import java.util.List;
import org.signpost.core.validation.Refusal;

/** Thrown when typed input names no known term; the message lists what is accepted. */
public class UnknownTermException extends Refusal {

  private static final long serialVersionUID = 1L;

  private final String vocabulary;
  private final String input;
  private final List<String> accepted;

  public UnknownTermException(String vocabulary, String input, List<String> accepted, String hint) {
    super(
        hint == null ? "term.unknown" : "term.unknown-with-hint",
        input,
        vocabulary,
        String.join(", ", accepted),
        hint);
    this.vocabulary = vocabulary;
    this.input = input;
    this.accepted = List.copyOf(accepted);
  }

  /** The kind of term that was asked for, for example {@code key stage}. */
  public String vocabulary() {
    return vocabulary;
  }

  public String input() {
    return input;
  }

  /** The canonical codes that would have been accepted. */
  public List<String> accepted() {
    return accepted;
  }
}
