package org.signpost.core.content.revision;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.signpost.core.content.SafeHtml;
import org.signpost.core.markup.PeopleDates;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;

/**
 * A revision's snapshot as lines a curator can read and compare: one line per field, such as {@code
 * Section 2 heading: Safeguarding}, in words rather than codes. Rich text is broken at its
 * paragraphs and list items and shown as plain text, links with their addresses; dates are written
 * as people in the UK write them; key stages, audiences and types by their labels; resources and
 * organisations by their titles and names.
 */
final class ReadableSnapshot {

  private static final Map<String, String> FIELD_LABELS =
      Map.of("slug", "Web address (slug)", "quickExit", "Quick exit", "url", "Address");

  private ReadableSnapshot() {}

  static List<String> lines(String snapshot, SnapshotNames names) {
    List<String> lines = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(snapshot))) {
      new Reading(names, lines).add("", "", reader.readValue());
    }
    return lines;
  }

  private record Reading(SnapshotNames names, List<String> lines) {

    void add(String label, String field, JsonValue value) {
      switch (value.getValueType()) {
        case OBJECT ->
            value
                .asJsonObject()
                .forEach((name, inner) -> add(join(label, fieldLabel(name)), name, inner));
        case ARRAY -> addArray(label, field, value.asJsonArray());
        default -> addText(label, field, text(value));
      }
    }

    private void addArray(String label, String field, JsonArray array) {
      if (array.isEmpty()) {
        lines.add(label + ": none");
        return;
      }
      if (field.equals("keyStages") || field.equals("audiences")) {
        lines.add(
            label
                + ": "
                + array.stream()
                    .map(ReadableSnapshot::text)
                    .map(code -> term(field, code))
                    .collect(Collectors.joining(", ")));
        return;
      }
      for (int i = 0; i < array.size(); i++) {
        JsonValue item = array.get(i);
        String itemLabel = singular(label) + " " + (i + 1);
        if (item.getValueType() == JsonValue.ValueType.OBJECT) {
          add(itemLabel, field, item);
        } else {
          lines.add(itemLabel + ": " + term(field, text(item)));
        }
      }
    }

    private void addText(String label, String field, String text) {
      if (!text.contains("<")) {
        lines.add(label + ": " + term(field, text));
        return;
      }
      for (String block : SafeHtml.plainBlocks(text)) {
        lines.add(label + ": " + block);
      }
    }

    /** A code as curators call what it names. */
    private String term(String field, String code) {
      return switch (field) {
        case "resources" -> names.resource(code);
        case "provider" -> names.organisation(code);
        case "keyStages" -> labelled(code, c -> KeyStage.parse(c).labelWithAges());
        case "audience", "audiences" -> labelled(code, c -> Audience.parse(c).label());
        case "type" -> labelled(code, c -> ResourceType.parse(c).label());
        case "status", "kind" -> capitalised(code.replace('-', ' '));
        case "lastReviewed", "nextReviewDue" ->
            labelled(code, c -> PeopleDates.date(LocalDate.parse(c)));
        default ->
            switch (code) {
              case "true" -> "yes";
              case "false" -> "no";
              default -> code;
            };
      };
    }
  }

  private static String labelled(String code, Function<String, String> label) {
    try {
      return label.apply(code);
    } catch (RuntimeException unknown) {
      return code;
    }
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  private static String fieldLabel(String name) {
    return FIELD_LABELS.getOrDefault(name, words(name));
  }

  private static String join(String label, String name) {
    return label.isEmpty() ? capitalised(name) : label + " " + name.toLowerCase(Locale.ROOT);
  }

  private static String singular(String label) {
    return label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
  }

  private static String words(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
