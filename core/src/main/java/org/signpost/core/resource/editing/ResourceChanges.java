package org.signpost.core.resource.editing;

import org.signpost.core.content.review.ReviewedChanges;
import org.signpost.core.content.revision.ChangeRecorder;
import org.signpost.core.resource.Organisation;
import org.signpost.core.resource.OrganisationRepository;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.ResourceDraft;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.validation.Refusal;

/** The review mechanism's writing and recording of changes, for resources. */
final class ResourceChanges extends ReviewedChanges<Resource, ResourceDraft> {

  private final ResourceRepository resources;
  private final OrganisationRepository organisations;

  ResourceChanges(
      ChangeRecorder changes,
      HeldResourceChanges held,
      ResourceRepository resources,
      OrganisationRepository organisations) {
    super(changes, held);
    this.resources = resources;
    this.organisations = organisations;
  }

  @Override
  protected Resource store(Resource resource) {
    return resources.store(resource);
  }

  @Override
  protected void writeIn(Resource resource, ResourceDraft draft) {
    resource.describe(draft.details(provider(draft)));
  }

  @Override
  protected String described(Resource resource) {
    return "the resource \"" + resource.title() + "\"";
  }

  /**
   * The draft's provider, which must exist.
   *
   * @throws IllegalArgumentException when it does not
   */
  Organisation provider(ResourceDraft draft) {
    return organisations
        .findBySlug(draft.provider())
        .orElseThrow(() -> new Refusal("resource.no-such-provider", draft.provider()));
  }
}
