package org.signpost.core.taxonomy;

import java.util.List;

/** Thrown when typed input names no known term; the message lists what is accepted. */
public class UnknownTermException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String vocabulary;
  private final String input;
  private final List<String> accepted;

  public UnknownTermException(String vocabulary, String input, List<String> accepted, String hint) {
    super(
        "\""
            + input
            + "\" is not a known "
            + vocabulary
            + "; accepted: "
            + String.join(", ", accepted)
            + (hint == null ? "" : " (" + hint + ")"));
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
