package org.signpost.core.resource;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;

/** A resource as one row of the curators' list. */
public record ResourceRow(
    String slug,
    String title,
    String url,
    ResourceType type,
    Set<KeyStage> keyStages,
    String provider,
    LinkStatus linkStatus,
    Instant linkCheckedAt,
    boolean archived,
    Instant updatedAt)
    implements Serializable {

  public static ResourceRow of(Resource resource) {
    return new ResourceRow(
        resource.slug(),
        resource.title(),
        resource.url(),
        resource.type(),
        resource.details().orderedKeyStages(),
        resource.provider().name(),
        resource.linkHealth().status(),
        resource.linkHealth().checkedAt(),
        resource.isArchived(),
        resource.updatedAt());
  }
}
