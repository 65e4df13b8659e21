package org.signpost.core.pack;

import java.util.List;
import java.util.Optional;
import org.signpost.core.taxonomy.KeyStage;

/**
 * A set of organisations, resources and topics that travels as one JSON document. Read one with
 * {@link ContentPackReader}, write one with {@link ContentPackWriter}.
 *
 * @param version the format version, {@value #CURRENT_VERSION} for this release
 * @param name what the pack holds, for people
 */
public record ContentPack(
    int version,
    String name,
    List<OrganisationEntry> organisations,
    List<ResourceEntry> resources,
    List<TopicEntry> topics) {

  /** The {@code format} value that marks a JSON document as a Signpost content pack. */
  public static final String FORMAT = "signpost-content-pack";

  public static final int CURRENT_VERSION = 1;

  public ContentPack {
    organisations = List.copyOf(organisations);
    resources = List.copyOf(resources);
    topics = List.copyOf(topics);
  }

  /** The resources that suit a key stage, in pack order. */
  public List<ResourceEntry> resourcesFor(KeyStage keyStage) {
    return resources.stream().filter(r -> r.suits(keyStage)).toList();
  }

  public Optional<TopicEntry> topic(String slug) {
    return topics.stream().filter(t -> t.slug().equals(slug)).findFirst();
  }

  public Optional<ResourceEntry> resource(String slug) {
    return resources.stream().filter(r -> r.slug().equals(slug)).findFirst();
  }

  public Optional<OrganisationEntry> organisation(String slug) {
    return organisations.stream().filter(o -> o.slug().equals(slug)).findFirst();
  }
}
