package org.signpost.core.resource.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.signpost.core.content.review.HeldDrafts;
import org.signpost.core.content.revision.ChangedLine;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.pack.ContentPackReader;
import org.signpost.core.pack.ContentPackWriter;
import org.signpost.core.pack.ResourceEntry;
import org.signpost.core.resource.EditableResource;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.ResourceDraft;
import org.signpost.core.topic.workflow.HeldChanges;

/**
 * The changes to an approved resource that wait for a second person's approval (the review
 * mechanism's {@link HeldDrafts}, for resources), and a resource opened for its editor with them
 * and the difference from what readers see.
 */
@ApplicationScoped
public class HeldResourceChanges extends HeldDrafts<Resource, ResourceDraft> {

  @Inject HeldChanges topics;

  private final ContentPackReader reader = new ContentPackReader();
  private final ContentPackWriter writer = new ContentPackWriter();

  protected HeldResourceChanges() {}

  /** For use outside a container, in the caller's transaction. */
  public HeldResourceChanges(RevisionLog revisions, HeldChanges topics) {
    super(revisions);
    this.topics = topics;
  }

  @Override
  protected RevisionSubject subject() {
    return RevisionSubject.RESOURCE;
  }

  @Override
  protected ResourceDraft read(String snapshot) {
    return reader.readResource(snapshot, null).draft(List.of());
  }

  @Override
  protected ResourceDraft stored(Resource resource) {
    return stored(resource, List.of());
  }

  /**
   * The resource as its editor opens it: the changes held for it when some wait, in the topics it
   * is in as curators work on them, with each line of what readers see against the changes.
   */
  public EditableResource editable(Resource resource) {
    List<String> in = topics.topicsWith(resource.slug());
    Optional<ResourceDraft> changed = of(resource).map(draft -> draft.inTopics(in));
    List<ChangedLine> changes =
        changed
            .map(
                draft ->
                    revisions.compare(
                        writer.toJson(ResourceEntry.of(resource)), snapshot(resource, draft)))
            .orElse(List.of());
    return EditableResource.of(resource, changed.orElse(stored(resource, in)), changes);
  }

  /** The resource with this content in place of its own, in content-pack JSON. */
  @Override
  public String snapshot(Resource resource, ResourceDraft draft) {
    return writer.toJson(ResourceEntry.of(resource, draft));
  }

  private static ResourceDraft stored(Resource resource, List<String> topicSlugs) {
    return ResourceEntry.of(resource).draft(topicSlugs);
  }
}
