package org.signpost.core.content.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.signpost.core.validation.Refusal;

/**
 * The two-person rule: nobody approves a change they sent for review or made themselves since the
 * content was last approved.
 */
public final class SecondPairOfEyes {

  private SecondPairOfEyes() {}

  /** Whether the reviewer sent the content for review ({@code submittedBy}) or changed it. */
  public static boolean isOwnWork(String reviewer, String submittedBy, List<String> changers) {
    return Objects.equals(reviewer, submittedBy) || changers.contains(reviewer);
  }

  /**
   * Refuses the reviewer's approval of their own work.
   *
   * @param refusal what is refused, such as {@code Topic "x" cannot be published}
   * @param reasonKey the refusals bundle's key for why, which names the people (its {@code {0}})
   *     and what the curator can do instead, if anything
   * @throws SecondPairOfEyesException naming who changed or sent it, and what to do
   */
  public static void require(
      String reviewer,
      String submittedBy,
      List<String> changers,
      String refusal,
      String reasonKey) {
    if (isOwnWork(reviewer, submittedBy, changers)) {
      throw new SecondPairOfEyesException(refusal, reason(reasonKey, submittedBy, changers));
    }
  }

  /** Why an approval is refused, in the words the refusals bundle gives {@code reasonKey}. */
  public static String reason(String reasonKey, String submittedBy, List<String> changers) {
    List<String> people = new ArrayList<>(changers);
    if (submittedBy != null && !people.contains(submittedBy)) {
      people.add(submittedBy);
    }
    return Refusal.words(
        reasonKey, people.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", ")));
  }
}
