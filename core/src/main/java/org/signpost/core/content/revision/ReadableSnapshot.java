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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
  private static final Pattern BLOCK = Pattern.compile("(?=<(?:p|li|h[1-6]|ul|ol)[ >])");
  private static final Pattern LINK =
      Pattern.compile("<a\\b[^>]*?href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);");
  private static final Map<String, String> NAMED_ENTITIES =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

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
      for (String block : BLOCK.split(text)) {
        String plain = plainText(block);
        if (!plain.isEmpty()) {
          lines.add(label + ": " + (block.startsWith("<li") ? "• " : "") + plain);
        }
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

  /** Sanitised rich text as a person reads it: tags gone, links followed by their address. */
  static String plainText(String html) {
    Matcher link = LINK.matcher(html);
    StringBuilder withAddresses = new StringBuilder();
    while (link.find()) {
      String words = link.group(2);
      String address = decode(link.group(1));
      link.appendReplacement(
          withAddresses, Matcher.quoteReplacement(words + " (" + address.replace("<", "") + ")"));
    }
    link.appendTail(withAddresses);
    return decode(TAG.matcher(withAddresses).replaceAll(" ")).replaceAll("\\s+", " ").strip();
  }

  private static String decode(String text) {
    Matcher entity = ENTITY.matcher(text);
    StringBuilder decoded = new StringBuilder();
    while (entity.find()) {
      String name = entity.group(1);
      String character;
      try {
        if (name.startsWith("#x") || name.startsWith("#X")) {
          character = Character.toString(Integer.parseInt(name.substring(2), 16));
        } else if (name.startsWith("#")) {
          character = Character.toString(Integer.parseInt(name.substring(1)));
        } else {
          character = NAMED_ENTITIES.getOrDefault(name, entity.group());
        }
      } catch (IllegalArgumentException notACharacter) {
        character = entity.group();
      }
      entity.appendReplacement(decoded, Matcher.quoteReplacement(character));
    }
    entity.appendTail(decoded);
    return decoded.toString();
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
