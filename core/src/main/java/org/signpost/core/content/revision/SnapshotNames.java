package org.signpost.core.content.revision;

import java.util.Map;

/**
 * What curators call the things a snapshot names by slug: resources by their titles, organisations
 * by their names. A slug with no name here is shown as it is.
 */
public record SnapshotNames(
    Map<String, String> topics, Map<String, String> resources, Map<String, String> organisations) {

  public SnapshotNames {
    topics = Map.copyOf(topics);
    resources = Map.copyOf(resources);
    organisations = Map.copyOf(organisations);
  }

  /** No names: every slug shows as it is. */
  public static SnapshotNames none() {
    return new SnapshotNames(Map.of(), Map.of(), Map.of());
  }

  /** What curators call a subject of revisions: a title or name, else its key. */
  String of(RevisionSubject subject, String key) {
    return switch (subject) {
      case TOPIC -> topics.getOrDefault(key, key);
      case RESOURCE -> resource(key);
      case ORGANISATION -> organisation(key);
      case ACCOUNT -> key;
    };
  }

  String resource(String slug) {
    return resources.getOrDefault(slug, slug);
  }

  String organisation(String slug) {
    return organisations.getOrDefault(slug, slug);
  }
}
