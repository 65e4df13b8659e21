package org.signpost.core.content.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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
   * @param approvedAs the word for the content's approval, such as {@code published}
   * @param otherwise what the curator can do instead, or null
   * @throws SecondPairOfEyesException naming who changed or sent it, and what to do
   */
  public static void require(
      String reviewer,
      String submittedBy,
      List<String> changers,
      String refusal,
      String approvedAs,
      String otherwise) {
    if (isOwnWork(reviewer, submittedBy, changers)) {
      throw new SecondPairOfEyesException(
          refusal, reason(submittedBy, changers, approvedAs, otherwise));
    }
  }

  /** Why an approval is refused, in a curator's words, with what they can do instead, if any. */
  public static String reason(
      String submittedBy, List<String> changers, String approvedAs, String otherwise) {
    List<String> people = new ArrayList<>(changers);
    if (submittedBy != null && !people.contains(submittedBy)) {
      people.add(submittedBy);
    }
    return "it was changed or sent for review by "
        + people.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "))
        + " since it was last "
        + approvedAs
        + ": someone else must approve it (second pair of eyes)."
        + (otherwise == null ? "" : " " + otherwise);
  }
}
