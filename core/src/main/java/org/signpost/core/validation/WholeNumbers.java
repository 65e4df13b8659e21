package org.signpost.core.validation;

import java.util.List;

/** Whole numbers typed by people or sent in addresses, read within bounds in one way. */
public final class WholeNumbers {

  private WholeNumbers() {}

  /**
   * The number {@code value} holds, or {@code fallback} when it is blank.
   *
   * @throws InvalidInputException naming {@code field} when it is not a whole number from {@code
   *     min} to {@code max}
   */
  public static int within(String field, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // the same refusal as a number out of bounds
    }
    throw new InvalidInputException(
        List.of(
            // What was typed is not repeated: a refusal page must not carry a reader's input.
            new FieldProblem(
                field, field + " must be a whole number from " + min + " to " + max + ".")));
  }
}
