package org.signpost.core.pack;

import java.util.List;
import java.util.stream.Collectors;
import org.signpost.core.validation.Refusal;

/** A content pack that cannot be imported, with every problem found in it. */
public class InvalidContentPackException extends Refusal {

  private static final long serialVersionUID = 1L;

  private final transient List<PackProblem> problems;

  public InvalidContentPackException(List<PackProblem> problems) {
    super(
        problems.size() == 1 ? "pack.one-problem" : "pack.problems",
        problems.size(),
        problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<PackProblem> problems() {
    return problems;
  }
}
