package org.signpost.widgets.http;

import java.util.List;

/** A query parameter or body field that cannot be used, with the values it would accept. */
public class InvalidParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final transient List<String> accepted;

  public InvalidParameterException(String field, String message, List<String> accepted) {
    super(message);
    this.field = field;
    this.accepted = accepted == null ? List.of() : List.copyOf(accepted);
  }

  public String field() {
    return field;
  }

  public List<String> accepted() {
    return accepted;
  }
}
