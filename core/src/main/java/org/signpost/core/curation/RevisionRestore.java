package org.signpost.core.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.content.revision.Revision;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.pack.ContentPackReader;
import org.signpost.core.pack.ResourceEntry;
import org.signpost.core.resource.Organisation;
import org.signpost.core.resource.OrganisationRepository;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.resource.editing.ResourceEditing;
import org.signpost.core.topic.TopicDraft;
import org.signpost.core.topic.workflow.TopicWorkflow;
import org.signpost.core.validation.Refusal;

/**
 * Restores a topic or resource to what an earlier revision kept. Resources deleted since are left
 * out of a restored topic; everything else comes back as it was, saved as a new revision.
 */
@ApplicationScoped
@Transactional
public class RevisionRestore {

  @Inject RevisionLog revisions;
  @Inject TopicWorkflow workflow;
  @Inject ResourceEditing resources;
  @Inject ResourceRepository resourceRepository;
  @Inject OrganisationRepository organisations;

  private final ContentPackReader reader = new ContentPackReader();

  protected RevisionRestore() {}

  public RevisionRestore(
      RevisionLog revisions,
      TopicWorkflow workflow,
      ResourceEditing resources,
      ResourceRepository resourceRepository,
      OrganisationRepository organisations) {
    this.revisions = revisions;
    this.workflow = workflow;
    this.resources = resources;
    this.resourceRepository = resourceRepository;
    this.organisations = organisations;
  }

  public void restore(
      @NotNull RevisionSubject subject, String key, int number, @NotNull Actor actor) {
    actor.require("restore earlier revisions", Role.EDITOR, Role.ADMIN);
    Revision revision =
        revisions
            .find(subject, key, number)
            .orElseThrow(() -> new Refusal("history.no-such-revision", number, key));
    switch (subject) {
      case TOPIC -> restoreTopic(revision, actor);
      case RESOURCE -> restoreResource(revision, actor);
      default -> throw new Refusal("history.not-restorable");
    }
  }

  private void restoreTopic(Revision revision, Actor actor) {
    Set<String> known =
        resourceRepository.findAll().stream().map(Resource::slug).collect(Collectors.toSet());
    TopicDraft kept = reader.readTopic(revision.snapshot(), null).draft();
    TopicDraft draft =
        new TopicDraft(
            kept.details(),
            kept.sections(),
            kept.resources().stream().filter(known::contains).toList());
    workflow.restore(revision.subjectKey(), revision.number(), draft, actor);
  }

  private void restoreResource(Revision revision, Actor actor) {
    Set<String> known =
        organisations.findAll().stream().map(Organisation::slug).collect(Collectors.toSet());
    ResourceEntry entry = reader.readResource(revision.snapshot(), known);
    resources.restore(revision.subjectKey(), revision.number(), entry.draft(List.of()), actor);
  }
}
