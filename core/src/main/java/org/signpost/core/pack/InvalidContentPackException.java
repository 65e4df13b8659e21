package org.signpost.core.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A content pack that cannot be imported, with every problem found in it. */
public class InvalidContentPackException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<PackProblem> problems;

  public InvalidContentPackException(List<PackProblem> problems) {
    super(
        "The content pack has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n"
            + problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<PackProblem> problems() {
    return problems;
  }
}
