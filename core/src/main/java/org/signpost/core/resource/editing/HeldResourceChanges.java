package org.signpost.core.resource.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.signpost.core.content.pack.ContentPackReader;
import org.signpost.core.content.pack.ContentPackWriter;
import org.signpost.core.content.pack.ResourceEntry;
import org.signpost.core.content.revision.ChangedLine;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.resource.EditableResource;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.ResourceDraft;
import org.signpost.core.topic.workflow.HeldChanges;

/**
 * The changes to an approved resource that wait for a second person's approval, kept as one of its
 * revisions, which the resource names: reading them, and opening a resource for its editor with
 * them and the difference from what readers see. {@link HeldChanges} is the same for topics.
 */
@ApplicationScoped
public class HeldResourceChanges {

  @Inject RevisionLog revisions;
  @Inject HeldChanges topics;

  private final ContentPackReader reader = new ContentPackReader();
  private final ContentPackWriter writer = new ContentPackWriter();

  protected HeldResourceChanges() {}

  /** For use outside a container, in the caller's transaction. */
  public HeldResourceChanges(RevisionLog revisions, HeldChanges topics) {
    this.revisions = revisions;
    this.topics = topics;
  }

  /**
   * The resource as its editor opens it: the changes held for it when some wait, in the topics it
   * is in as curators work on them, with each line of what readers see against the changes.
   */
  public EditableResource editable(Resource resource) {
    List<String> in = topics.topicsWith(resource.slug());
    Optional<ResourceDraft> changed = of(resource, in);
    List<ChangedLine> changes =
        changed
            .map(
                draft ->
                    revisions.compare(
                        writer.toJson(ResourceEntry.of(resource)), snapshot(resource, draft)))
            .orElse(List.of());
    return EditableResource.of(resource, changed.orElse(stored(resource, in)), changes);
  }

  /** What curators work on: the changes held for the resource, else what it holds. */
  public ResourceDraft working(Resource resource) {
    return held(resource).orElse(stored(resource, List.of()));
  }

  /** The changes held for the resource, if it holds any. */
  public Optional<ResourceDraft> held(Resource resource) {
    return of(resource, List.of());
  }

  /** The resource with this content in place of its own, in content-pack JSON. */
  public String snapshot(Resource resource, ResourceDraft draft) {
    return writer.toJson(ResourceEntry.of(resource, draft));
  }

  private Optional<ResourceDraft> of(Resource resource, List<String> topicSlugs) {
    return revisions
        .heldSnapshot(RevisionSubject.RESOURCE, resource.slug(), resource.pendingRevision())
        .map(snapshot -> reader.readResource(snapshot, null).draft(topicSlugs));
  }

  private static ResourceDraft stored(Resource resource, List<String> topicSlugs) {
    return ResourceEntry.of(resource).draft(topicSlugs);
  }
}
