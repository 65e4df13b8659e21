package org.signpost.core.resource;

import java.util.List;

/** A resource as its editor opens it, with the version a save will be based on. */
public record EditableResource(
    String slug, long version, boolean archived, LinkHealth linkHealth, ResourceDraft draft) {

  public static EditableResource of(Resource resource, List<String> topics) {
    return new EditableResource(
        resource.slug(),
        resource.version(),
        resource.isArchived(),
        resource.linkHealth(),
        new ResourceDraft(
            resource.title(),
            resource.url(),
            resource.description(),
            resource.type(),
            resource.keyStages(),
            resource.audiences(),
            resource.provider().slug(),
            topics));
  }
}
