package org.signpost.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a value against its Bean Validation constraints, in a Jakarta EE server and in a plain
 * Java program alike (any Bean Validation provider on the class path).
 */
public final class Validated {

  private Validated() {}

  /**
   * Returns the value when it meets its constraints.
   *
   * @throws InvalidInputException naming each field that does not, in field order
   */
  public static <T> T check(T value) {
    List<FieldProblem> problems =
        Holder.VALIDATOR.validate(value).stream()
            .map(Validated::problem)
            .sorted(Comparator.comparing(FieldProblem::field))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return value;
  }

  /**
   * Checks the arguments of a record's canonical constructor against the constraints of its
   * components, from the constructor itself, where the record cannot yet be handed over whole.
   *
   * @throws InvalidInputException naming each component that breaks its constraints
   */
  public static void components(Class<? extends Record> record, Object... arguments) {
    Constructor<? extends Record> canonical;
    try {
      canonical =
          record.getDeclaredConstructor(
              Arrays.stream(record.getRecordComponents())
                  .map(RecordComponent::getType)
                  .toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(record + " has no canonical constructor", e);
    }
    List<FieldProblem> problems =
        Holder.VALIDATOR
            .forExecutables()
            .validateConstructorParameters(canonical, arguments)
            .stream()
            .map(Validated::problem)
            .sorted(Comparator.comparing(FieldProblem::field))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static FieldProblem problem(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return new FieldProblem(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
  }

  /** Built once, on first use. */
  private static final class Holder {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  }
}
