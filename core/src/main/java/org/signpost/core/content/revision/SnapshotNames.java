package org.signpost.core.content.revision;

import java.util.Map;

/**
 * What curators call the things a snapshot names by slug: resources by their titles, organisations
 * by their names. A slug with no name here is shown as it is.
 */
public record SnapshotNames(Map<String, String> resources, Map<String, String> organisations) {

  public SnapshotNames {
    resources = Map.copyOf(resources);
    organisations = Map.copyOf(organisations);
  }

  /** No names: every slug shows as it is. */
  public static SnapshotNames none() {
    return new SnapshotNames(Map.of(), Map.of());
  }

  String resource(String slug) {
    return resources.getOrDefault(slug, slug);
  }

  String organisation(String slug) {
    return organisations.getOrDefault(slug, slug);
  }
}
