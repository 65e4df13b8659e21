package org.signpost.core.pack;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.signpost.core.content.PlainText;

/**
 * Reads the fields of JSON objects while collecting, by JSON path, every problem found, so that a
 * whole document can be checked in one pass instead of stopping at the first mistake.
 */
final class JsonFields {

  private final List<PackProblem> problems = new ArrayList<>();

  List<PackProblem> problems() {
    return List.copyOf(problems);
  }

  void problem(String path, String message) {
    problems.add(new PackProblem(path, message));
  }

  /** Reports every field of the object that is not among the known ones. */
  void rejectUnknown(JsonObject object, String path, Set<String> known) {
    object.keySet().stream()
        .filter(key -> !known.contains(key))
        .sorted()
        .forEach(key -> problem(path + "." + key, "unknown field; known fields: " + sorted(known)));
  }

  /** A string of 1 to {@code max} characters that must be there. */
  Optional<String> requiredText(JsonObject object, String path, String key, int max) {
    Optional<String> text = optionalText(object, path, key, max);
    if (text.isEmpty() && !problemAt(path + "." + key)) {
      problem(path + "." + key, "required");
    }
    return text;
  }

  /** A string of at most {@code max} characters that may be missing or null. */
  Optional<String> optionalText(JsonObject object, String path, String key, int max) {
    JsonValue value = object.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonString string)) {
      problem(path + "." + key, "must be a string");
      return Optional.empty();
    }
    String text = string.getString().strip();
    if (text.length() > max) {
      problem(path + "." + key, "must have at most " + max + " characters, has " + text.length());
      return Optional.empty();
    }
    int refused = PlainText.firstRefused(text);
    if (refused >= 0) {
      problem(
          path + "." + key,
          String.format(
              "may not hold control characters: U+%04X at character %d",
              (int) text.charAt(refused), refused + 1));
      return Optional.empty();
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A required string turned into a value; a refusal's message becomes the problem. */
  <T> Optional<T> required(
      JsonObject object, String path, String key, int max, Function<String, T> parser) {
    return requiredText(object, path, key, max)
        .flatMap(text -> parse(path + "." + key, text, parser));
  }

  /** An optional string turned into a value; a refusal's message becomes the problem. */
  <T> Optional<T> optional(
      JsonObject object, String path, String key, int max, Function<String, T> parser) {
    return optionalText(object, path, key, max)
        .flatMap(text -> parse(path + "." + key, text, parser));
  }

  Optional<LocalDate> optionalDate(JsonObject object, String path, String key) {
    return optionalText(object, path, key, 10)
        .flatMap(
            text -> {
              try {
                return Optional.of(LocalDate.parse(text));
              } catch (DateTimeParseException e) {
                problem(path + "." + key, "must be a date as YYYY-MM-DD, was \"" + text + "\"");
                return Optional.empty();
              }
            });
  }

  /** A true or false that may be missing or null, which counts as false. */
  boolean optionalFlag(JsonObject object, String path, String key) {
    JsonValue value = object.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return false;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value.getValueType() != JsonValue.ValueType.FALSE) {
      problem(path + "." + key, "must be true or false");
    }
    return false;
  }

  Optional<Integer> requiredInteger(JsonObject object, String path, String key) {
    JsonValue value = object.get(key);
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return Optional.of(number.bigDecimalValue().intValueExact());
      } catch (ArithmeticException tooLarge) {
        problem(path + "." + key, "must be a whole number of at most ten digits");
        return Optional.empty();
      }
    }
    problem(path + "." + key, value == null ? "required" : "must be a whole number");
    return Optional.empty();
  }

  /** Passes each object of an array field with its path; an absent field has none. */
  void eachObject(
      JsonObject object, String path, String key, BiConsumer<JsonObject, String> action) {
    array(object, path, key)
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                String itemPath = path + "." + key + "[" + i + "]";
                if (items.get(i) instanceof JsonObject item) {
                  action.accept(item, itemPath);
                } else {
                  problem(itemPath, "must be an object");
                }
              }
            });
  }

  /** The strings of an array field turned into values; an absent field is an empty list. */
  <T> List<T> values(JsonObject object, String path, String key, Function<String, T> parser) {
    List<T> values = new ArrayList<>();
    array(object, path, key)
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                String itemPath = path + "." + key + "[" + i + "]";
                if (items.get(i) instanceof JsonString string) {
                  parse(itemPath, string.getString(), parser).ifPresent(values::add);
                } else {
                  problem(itemPath, "must be a string");
                }
              }
            });
    return values;
  }

  private Optional<JsonArray> array(JsonObject object, String path, String key) {
    JsonValue value = object.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (value instanceof JsonArray array) {
      return Optional.of(array);
    }
    problem(path + "." + key, "must be an array");
    return Optional.empty();
  }

  private <T> Optional<T> parse(String path, String text, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(text));
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
      return Optional.empty();
    }
  }

  /** Whether a problem was already reported at the path or inside it. */
  boolean problemAt(String path) {
    return problems.stream()
        .anyMatch(p -> p.path().equals(path) || p.path().startsWith(path + "["));
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
