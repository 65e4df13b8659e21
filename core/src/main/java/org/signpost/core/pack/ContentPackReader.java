package org.signpost.core.pack;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.signpost.core.content.Slugs;
import org.signpost.core.resource.Organisation;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.WebAddress;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;
import org.signpost.core.topic.Section;
import org.signpost.core.topic.SectionContent;
import org.signpost.core.topic.SectionKind;
import org.signpost.core.topic.Topic;
import org.signpost.core.topic.TopicStatus;

/**
 * Reads a content pack from JSON and checks all of it: the format and version, every field, that
 * slugs are unique, and that every provider and resource a pack names is in the pack. Key stages,
 * audiences and types are read leniently, as people type them.
 */
public final class ContentPackReader {

  private static final Set<String> PACK_FIELDS =
      Set.of("format", "version", "name", "organisations", "resources", "topics");
  private static final Set<String> ORGANISATION_FIELDS = Set.of("slug", "name", "homePage");
  private static final Set<String> RESOURCE_FIELDS =
      Set.of("slug", "title", "url", "description", "type", "keyStages", "audiences", "provider");
  private static final Set<String> TOPIC_FIELDS =
      Set.of(
          "slug",
          "title",
          "summary",
          "introduction",
          "audience",
          "owner",
          "quickExit",
          "status",
          "lastReviewed",
          "nextReviewDue",
          "sections",
          "resources");
  private static final Set<String> SECTION_FIELDS = Set.of("heading", "kind", "body");

  /**
   * Reads and checks a pack.
   *
   * @throws InvalidContentPackException listing every problem, when there is any
   */
  public ContentPack read(InputStream json) {
    JsonFields fields = new JsonFields();
    JsonObject root;
    try (JsonReader reader = Json.createReader(json)) {
      JsonValue value = reader.readValue();
      if (!(value instanceof JsonObject object)) {
        throw new InvalidContentPackException(
            List.of(new PackProblem("$", "a content pack is a JSON object")));
      }
      root = object;
    } catch (JsonParsingException e) {
      throw new InvalidContentPackException(
          List.of(new PackProblem("$", "not valid JSON: " + e.getMessage())));
    } catch (JsonException e) {
      throw new InvalidContentPackException(
          List.of(new PackProblem("$", "could not be read: " + e.getMessage())));
    } catch (InvalidContentPackException e) {
      throw e;
    } catch (RuntimeException e) {
      // The parser's own limits, such as nesting deeper than it reads, end in plain exceptions.
      throw new InvalidContentPackException(
          List.of(new PackProblem("$", "could not be read: " + e.getMessage())));
    }
    ContentPack pack = readPack(root, fields);
    if (!fields.problems().isEmpty()) {
      throw new InvalidContentPackException(fields.problems());
    }
    return pack;
  }

  /**
   * Reads one topic as a revision keeps it, naming resources from those given (any, when null).
   *
   * @throws InvalidContentPackException listing every problem, when there is any
   */
  public TopicEntry readTopic(String json, Set<String> resources) {
    JsonFields fields = new JsonFields();
    TopicEntry entry = readTopic(object(json), "$", resources, fields);
    if (!fields.problems().isEmpty()) {
      throw new InvalidContentPackException(fields.problems());
    }
    return entry;
  }

  /**
   * Reads one resource as a revision keeps it, naming its provider from the organisations given
   * (any, when null).
   *
   * @throws InvalidContentPackException listing every problem, when there is any
   */
  public ResourceEntry readResource(String json, Set<String> organisations) {
    JsonFields fields = new JsonFields();
    ResourceEntry entry = readResource(object(json), "$", organisations, fields);
    if (!fields.problems().isEmpty()) {
      throw new InvalidContentPackException(fields.problems());
    }
    return entry;
  }

  private static JsonObject object(String json) {
    try (JsonReader reader = Json.createReader(new java.io.StringReader(json))) {
      return reader.readObject();
    } catch (JsonException e) {
      throw new InvalidContentPackException(
          List.of(new PackProblem("$", "could not be read: " + e.getMessage())));
    }
  }

  private ContentPack readPack(JsonObject root, JsonFields fields) {
    fields.rejectUnknown(root, "$", PACK_FIELDS);
    fields
        .requiredText(root, "$", "format", 100)
        .filter(format -> !format.equals(ContentPack.FORMAT))
        .ifPresent(
            format ->
                fields.problem(
                    "$.format", "must be \"" + ContentPack.FORMAT + "\", was \"" + format + "\""));
    int version =
        fields
            .requiredInteger(root, "$", "version")
            .filter(
                v -> {
                  if (v != ContentPack.CURRENT_VERSION) {
                    fields.problem(
                        "$.version",
                        "version "
                            + v
                            + " is not supported; this Signpost reads version "
                            + ContentPack.CURRENT_VERSION);
                    return false;
                  }
                  return true;
                })
            .orElse(ContentPack.CURRENT_VERSION);
    String name = fields.requiredText(root, "$", "name", 200).orElse("");

    List<OrganisationEntry> organisations = new ArrayList<>();
    Set<String> organisationSlugs = new HashSet<>();
    fields.eachObject(
        root,
        "$",
        "organisations",
        (json, path) -> {
          OrganisationEntry entry = readOrganisation(json, path, fields);
          requireUnique(organisationSlugs, entry.slug(), path, fields);
          organisations.add(entry);
        });

    List<ResourceEntry> resources = new ArrayList<>();
    Set<String> resourceSlugs = new HashSet<>();
    fields.eachObject(
        root,
        "$",
        "resources",
        (json, path) -> {
          ResourceEntry entry = readResource(json, path, organisationSlugs, fields);
          requireUnique(resourceSlugs, entry.slug(), path, fields);
          resources.add(entry);
        });

    List<TopicEntry> topics = new ArrayList<>();
    Set<String> topicSlugs = new HashSet<>();
    fields.eachObject(
        root,
        "$",
        "topics",
        (json, path) -> {
          TopicEntry entry = readTopic(json, path, resourceSlugs, fields);
          requireUnique(topicSlugs, entry.slug(), path, fields);
          topics.add(entry);
        });
    return new ContentPack(version, name, organisations, resources, topics);
  }

  private OrganisationEntry readOrganisation(JsonObject json, String path, JsonFields fields) {
    fields.rejectUnknown(json, path, ORGANISATION_FIELDS);
    return new OrganisationEntry(
        slug(json, path, fields),
        fields.requiredText(json, path, "name", Organisation.MAX_NAME).orElse(""),
        fields
            .required(json, path, "homePage", WebAddress.MAX_LENGTH, WebAddress::require)
            .orElse(""));
  }

  private ResourceEntry readResource(
      JsonObject json, String path, Set<String> organisations, JsonFields fields) {
    fields.rejectUnknown(json, path, RESOURCE_FIELDS);
    String provider = fields.requiredText(json, path, "provider", Slugs.MAX_LENGTH).orElse("");
    if (!provider.isEmpty() && organisations != null && !organisations.contains(provider)) {
      fields.problem(
          path + ".provider", "no organisation \"" + provider + "\" in this pack's organisations");
    }
    List<Audience> audiences = fields.values(json, path, "audiences", Audience::parse);
    if (audiences.isEmpty() && !fields.problemAt(path + ".audiences")) {
      fields.problem(path + ".audiences", "required: at least one of " + Audience.codes());
    }
    return new ResourceEntry(
        slug(json, path, fields),
        fields.requiredText(json, path, "title", Resource.MAX_TITLE).orElse(""),
        fields.required(json, path, "url", WebAddress.MAX_LENGTH, WebAddress::require).orElse(""),
        fields.optionalText(json, path, "description", Resource.MAX_DESCRIPTION).orElse(""),
        fields.required(json, path, "type", 40, ResourceType::parse).orElse(null),
        fields.values(json, path, "keyStages", KeyStage::parse),
        audiences,
        provider);
  }

  private TopicEntry readTopic(
      JsonObject json, String path, Set<String> resources, JsonFields fields) {
    fields.rejectUnknown(json, path, TOPIC_FIELDS);
    TopicStatus status =
        fields.optional(json, path, "status", 20, TopicStatus::parse).orElse(TopicStatus.DRAFT);
    Optional<LocalDate> lastReviewed = fields.optionalDate(json, path, "lastReviewed");
    Optional<LocalDate> nextReviewDue = fields.optionalDate(json, path, "nextReviewDue");
    if (status == TopicStatus.PUBLISHED
        && lastReviewed.isEmpty()
        && !fields.problemAt(path + ".lastReviewed")) {
      fields.problem(path + ".lastReviewed", "required for a published topic");
    }
    if (lastReviewed.isPresent()
        && nextReviewDue.isPresent()
        && !nextReviewDue.get().isAfter(lastReviewed.get())) {
      fields.problem(path + ".nextReviewDue", "must be after lastReviewed");
    }
    List<SectionContent> sections = new ArrayList<>();
    fields.eachObject(
        json,
        path,
        "sections",
        (section, sectionPath) ->
            readSection(section, sectionPath, fields).ifPresent(sections::add));
    List<String> attached = fields.values(json, path, "resources", s -> s);
    for (int i = 0; i < attached.size(); i++) {
      if (resources != null && !resources.contains(attached.get(i))) {
        fields.problem(
            path + ".resources[" + i + "]",
            "no resource \"" + attached.get(i) + "\" in this pack's resources");
      }
    }
    return new TopicEntry(
        slug(json, path, fields),
        fields.requiredText(json, path, "title", Topic.MAX_TITLE).orElse(""),
        fields.requiredText(json, path, "summary", Topic.MAX_SUMMARY).orElse(""),
        fields.optionalText(json, path, "introduction", Section.MAX_BODY).orElse(""),
        fields.required(json, path, "audience", 40, Audience::parse).orElse(null),
        fields.optionalText(json, path, "owner", Topic.MAX_OWNER).orElse(null),
        fields.optionalFlag(json, path, "quickExit"),
        status,
        lastReviewed.orElse(null),
        nextReviewDue.orElse(null),
        sections,
        attached);
  }

  private Optional<SectionContent> readSection(JsonObject json, String path, JsonFields fields) {
    fields.rejectUnknown(json, path, SECTION_FIELDS);
    Optional<String> heading = fields.requiredText(json, path, "heading", Section.MAX_HEADING);
    Optional<SectionKind> kind = fields.required(json, path, "kind", 20, SectionKind::parse);
    String body = fields.optionalText(json, path, "body", Section.MAX_BODY).orElse("");
    if (heading.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SectionContent(heading.get(), kind.get(), body));
  }

  private static String slug(JsonObject json, String path, JsonFields fields) {
    return fields.required(json, path, "slug", Slugs.MAX_LENGTH, Slugs::require).orElse("");
  }

  private static void requireUnique(Set<String> seen, String slug, String path, JsonFields fields) {
    if (!slug.isEmpty() && !seen.add(slug)) {
      fields.problem(path + ".slug", "\"" + slug + "\" is used twice");
    }
  }
}
