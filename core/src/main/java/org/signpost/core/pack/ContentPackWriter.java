package org.signpost.core.pack;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.topic.SectionContent;

/**
 * Writes content packs in the format {@link ContentPackReader} reads, with canonical codes and a
 * fixed field order, so that the same content always gives the same bytes.
 */
public final class ContentPackWriter {

  private static final JsonGeneratorFactory PRETTY =
      Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  public void write(ContentPack pack, OutputStream out) {
    try (JsonGenerator json = PRETTY.createGenerator(out)) {
      writePack(pack, json);
    }
  }

  public String toJson(ContentPack pack) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = PRETTY.createGenerator(text)) {
      writePack(pack, json);
    }
    return text.toString();
  }

  /** One topic as JSON, in the form it has inside a pack: the snapshot kept in revisions. */
  public String toJson(TopicEntry topic) {
    return single(topic, this::writeTopic);
  }

  /** One organisation as JSON, in the form it has inside a pack. */
  public String toJson(OrganisationEntry organisation) {
    return single(organisation, this::writeOrganisation);
  }

  /** One resource as JSON, in the form it has inside a pack. */
  public String toJson(ResourceEntry resource) {
    return single(resource, this::writeResource);
  }

  private interface EntryWriter<T> {
    void write(JsonGenerator json, T entry);
  }

  private static <T> String single(T entry, EntryWriter<T> writer) {
    Writer text = new StringWriter();
    try (JsonGenerator json = PRETTY.createGenerator(text)) {
      writer.write(json, entry);
    }
    return text.toString();
  }

  private void writePack(ContentPack pack, JsonGenerator json) {
    json.writeStartObject()
        .write("format", ContentPack.FORMAT)
        .write("version", pack.version())
        .write("name", pack.name());
    json.writeStartArray("organisations");
    pack.organisations().forEach(o -> writeOrganisation(json, o));
    json.writeEnd();
    json.writeStartArray("resources");
    pack.resources().forEach(r -> writeResource(json, r));
    json.writeEnd();
    json.writeStartArray("topics");
    pack.topics().forEach(t -> writeTopic(json, t));
    json.writeEnd();
    json.writeEnd();
  }

  private void writeOrganisation(JsonGenerator json, OrganisationEntry organisation) {
    json.writeStartObject()
        .write("slug", organisation.slug())
        .write("name", organisation.name())
        .write("homePage", organisation.homePage())
        .writeEnd();
  }

  private void writeResource(JsonGenerator json, ResourceEntry resource) {
    json.writeStartObject()
        .write("slug", resource.slug())
        .write("title", resource.title())
        .write("url", resource.url())
        .write("description", resource.description())
        .write("type", resource.type().code());
    strings(json, "keyStages", resource.keyStages().stream().map(KeyStage::code).toList());
    strings(json, "audiences", resource.audiences().stream().map(Audience::code).toList());
    json.write("provider", resource.provider()).writeEnd();
  }

  private void writeTopic(JsonGenerator json, TopicEntry topic) {
    json.writeStartObject()
        .write("slug", topic.slug())
        .write("title", topic.title())
        .write("summary", topic.summary())
        .write("introduction", topic.introduction())
        .write("audience", topic.audience().code());
    optional(json, "owner", topic.owner());
    if (topic.quickExit()) {
      json.write("quickExit", true);
    }
    json.write("status", topic.status().code());
    optional(json, "lastReviewed", date(topic.lastReviewed()));
    optional(json, "nextReviewDue", date(topic.nextReviewDue()));
    json.writeStartArray("sections");
    for (SectionContent section : topic.sections()) {
      json.writeStartObject()
          .write("heading", section.heading())
          .write("kind", section.kind().code())
          .write("body", section.body())
          .writeEnd();
    }
    json.writeEnd();
    strings(json, "resources", topic.resources());
    json.writeEnd();
  }

  private static void strings(JsonGenerator json, String name, List<String> values) {
    json.writeStartArray(name);
    values.forEach(json::write);
    json.writeEnd();
  }

  private static void optional(JsonGenerator json, String name, String value) {
    if (value != null) {
      json.write(name, value);
    }
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
