package org.signpost.core.content.revision;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A revision's snapshot as lines a curator can read and compare: one line per field, such as {@code
 * Section 2 heading: Safeguarding}, with rich text broken at its paragraphs and list items.
 */
final class ReadableSnapshot {

  private ReadableSnapshot() {}

  static List<String> lines(String snapshot) {
    List<String> lines = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(snapshot))) {
      add(lines, "", reader.readValue());
    }
    return lines;
  }

  private static void add(List<String> lines, String label, JsonValue value) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        object.forEach((name, field) -> add(lines, join(label, words(name)), field));
      }
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        if (array.isEmpty()) {
          lines.add(label + ": none");
        }
        for (int i = 0; i < array.size(); i++) {
          JsonValue item = array.get(i);
          String itemLabel = singular(label) + " " + (i + 1);
          if (item.getValueType() == JsonValue.ValueType.OBJECT) {
            add(lines, itemLabel, item);
          } else {
            lines.add(itemLabel + ": " + text(item));
          }
        }
      }
      default -> {
        String text = text(value);
        if (text.contains("<")) {
          for (String part : text.split("(?=<(?:p|li|h[1-6]|ul|ol)[ >])")) {
            if (!part.isBlank()) {
              lines.add(label + ": " + part.strip());
            }
          }
        } else {
          lines.add(label + ": " + text);
        }
      }
    }
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  private static String join(String label, String name) {
    return label.isEmpty() ? capitalised(name) : label + " " + name;
  }

  private static String singular(String label) {
    return label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
  }

  private static String words(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
