package org.signpost.core.validation;

import java.util.List;

/** Input that breaks its constraints: every problem, each with its field, the first one first. */
public class InvalidInputException extends Refusal {

  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super("input.invalid", problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** The field of the first problem. */
  public String field() {
    return problems.get(0).field();
  }
}
