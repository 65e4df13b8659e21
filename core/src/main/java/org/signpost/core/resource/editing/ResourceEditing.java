package org.signpost.core.resource.editing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.signpost.core.account.Actor;
import org.signpost.core.content.Slugs;
import org.signpost.core.content.review.SecondPairOfEyes;
import org.signpost.core.content.revision.ChangeRecorder;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.content.revision.EditConflictException;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.resource.EditableResource;
import org.signpost.core.resource.OrganisationRepository;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.ResourceDraft;
import org.signpost.core.resource.ResourceOrder;
import org.signpost.core.resource.ResourceQuery;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.resource.ResourceRow;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.topic.TopicRepository;
import org.signpost.core.topic.workflow.HeldChanges;
import org.signpost.core.topic.workflow.TopicWorkflow;
import org.signpost.core.validation.Refusal;

/**
 * Curators' work on resources (editors and administrators): create, edit with the topics a resource
 * belongs to, archive and reinstate, and the same on many at once. As with topics, nothing reaches
 * readers without a second person: a new resource is listed once a reviewer or administrator who
 * did not write it approves it, and changes to an approved one wait aside in a revision while
 * readers keep the approved version. Archiving needs nobody else, as it only takes a resource out
 * of the public lists. Each saved change keeps a revision, and an approved one moves the content
 * revision, so widgets show it within seconds.
 */
@ApplicationScoped
@Transactional
public class ResourceEditing {

  @Inject ResourceRepository resources;
  @Inject OrganisationRepository organisations;
  @Inject TopicRepository topics;
  @Inject ChangeRecorder changes;
  @Inject TopicWorkflow workflow;
  @Inject HeldChanges held;
  @Inject HeldResourceChanges heldResources;

  private ResourceChanges reviewed;

  protected ResourceEditing() {}

  public ResourceEditing(
      ResourceRepository resources,
      OrganisationRepository organisations,
      TopicRepository topics,
      RevisionLog revisions,
      ContentRevision contentRevision) {
    this.resources = resources;
    this.organisations = organisations;
    this.topics = topics;
    this.changes = new ChangeRecorder(revisions, contentRevision);
    this.workflow =
        new TopicWorkflow(topics, resources, contentRevision, revisions, Clock.systemUTC());
    this.held = new HeldChanges(revisions, topics);
    this.heldResources = new HeldResourceChanges(revisions, held);
    prepare();
  }

  @PostConstruct
  void prepare() {
    reviewed = new ResourceChanges(changes, heldResources, resources, organisations);
  }

  /** One page of resources for the console, archived ones too when asked. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ResourceRow> find(
      @NotNull @Valid ResourceQuery query,
      boolean withArchived,
      @NotNull ResourceOrder order,
      boolean ascending,
      @NotNull PageRequest page,
      @NotNull Actor actor) {
    actor.requireCurator("see resources");
    return resources.find(query, withArchived, order, ascending, page).map(ResourceRow::of);
  }

  /** The resources named, as rows in the order named; unknown slugs are left out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ResourceRow> rows(@NotNull List<String> slugs, @NotNull Actor actor) {
    actor.requireCurator("see resources");
    var found =
        resources.findBySlugs(slugs).stream()
            .collect(java.util.stream.Collectors.toMap(Resource::slug, ResourceRow::of));
    return slugs.stream().filter(found::containsKey).map(found::get).toList();
  }

  /**
   * The resource as its editor opens it: with the changes held for it when some wait for approval,
   * and each line of what readers see against them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<EditableResource> editable(String slug, @NotNull Actor actor) {
    actor.requireCurator("see resources");
    return resources.findBySlug(slug).map(heldResources::editable);
  }

  /**
   * Other resources at the same address (ignoring case and a trailing slash), for a warning before
   * a curator adds the same link twice.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ResourceRow> sameAddress(String url, String exceptSlug, @NotNull Actor actor) {
    actor.requireCurator("see resources");
    if (url == null || url.isBlank()) {
      return List.of();
    }
    return resources.findByAddress(url).stream()
        .filter(r -> !r.slug().equals(exceptSlug))
        .map(ResourceRow::of)
        .toList();
  }

  /**
   * Adds a resource; its slug is made from the title, with a number added when that one is taken.
   */
  public EditableResource create(@NotNull @Valid ResourceDraft draft, @NotNull Actor actor) {
    ResourceAction.CREATE.require(actor);
    Resource resource =
        new Resource(freeSlug(draft.title()), draft.details(reviewed.provider(draft)));
    resource.awaitFirstApproval(actor.login());
    Resource stored = resources.store(resource);
    placeInTopics(stored, draft.topics(), actor);
    return saved(stored, ResourceAction.CREATE, actor, "Created");
  }

  /**
   * Saves a curator's changes, if nobody else saved the resource since the version they started
   * from; for an approved resource, they wait for someone else's approval.
   *
   * @throws EditConflictException when the resource has moved on from {@code basedOnVersion}
   */
  public EditableResource save(
      @NotBlank String slug,
      long basedOnVersion,
      @NotNull @Valid ResourceDraft draft,
      @NotNull Actor actor) {
    ResourceAction.SAVE.require(actor);
    Resource resource = reviewed.current(find(slug), basedOnVersion);
    placeInTopics(resource, draft.topics(), actor);
    return change(resource, draft, actor, "Saved");
  }

  /**
   * Writes what a curator changed: into a resource nobody approved yet, or held aside for an
   * approved one until someone else approves it. Either way the curator may not approve it.
   */
  private EditableResource change(
      Resource resource, ResourceDraft draft, Actor actor, String summary) {
    draft.details(reviewed.provider(draft)); // checked now, even when held aside
    return heldResources.editable(reviewed.change(resource, draft, actor, summary));
  }

  /**
   * Lets readers see a new resource, or the changes waiting for an approved one (reviewers and
   * administrators who did not make them): exactly the version the reviewer read.
   *
   * @param seenVersion the version of the resource on the reviewer's page
   * @throws EditConflictException when the resource changed after the reviewer opened it
   */
  public EditableResource approve(@NotBlank String slug, long seenVersion, @NotNull Actor actor) {
    ResourceAction.APPROVE.require(actor);
    Resource resource = reviewed.asSeen(find(slug), seenVersion);
    if (!resource.awaitsApproval()) {
      throw new Refusal("resource.nothing-waits");
    }
    SecondPairOfEyes.require(
        actor.login(),
        null,
        resource.changers(),
        Refusal.words("resource.cannot-approve", slug),
        "resource.own-work");
    Optional<ResourceDraft> changed = heldResources.of(resource);
    resource.approve();
    changed.ifPresent(draft -> resource.describe(draft.details(reviewed.provider(draft))));
    return saved(resource, ResourceAction.APPROVE, actor, "Approved");
  }

  /** Drops the changes waiting for an approved resource (editors and administrators). */
  public EditableResource discardChanges(@NotBlank String slug, @NotNull Actor actor) {
    ResourceAction.DISCARD_CHANGES.require(actor);
    Resource resource = find(slug);
    if (resource.pendingRevision() == null) {
      throw new Refusal("resource.no-changes-wait");
    }
    resource.discardChanges();
    return saved(
        resource,
        ResourceAction.DISCARD_CHANGES,
        actor,
        "Discarded the changes waiting for approval");
  }

  /** Brings back what a resource held at an earlier revision, as a new revision. */
  public EditableResource restore(
      @NotBlank String slug, int number, @NotNull ResourceDraft draft, @NotNull Actor actor) {
    ResourceAction.RESTORE.require(actor);
    return change(find(slug), draft, actor, "Restored revision " + number);
  }

  /** Takes resources out of every public list, keeping them; returns how many changed. */
  public int archive(@NotNull List<String> slugs, @NotNull Actor actor) {
    ResourceAction.ARCHIVE.require(actor);
    int changed = 0;
    for (Resource resource : resources.findBySlugs(slugs)) {
      if (!resource.isArchived()) {
        resource.archive();
        saved(resource, ResourceAction.ARCHIVE, actor, "Archived");
        changed++;
      }
    }
    return changed;
  }

  /** Brings an archived resource back into the public lists. */
  public EditableResource reinstate(@NotBlank String slug, @NotNull Actor actor) {
    ResourceAction.REINSTATE.require(actor);
    Resource resource = find(slug);
    resource.reinstate();
    return saved(resource, ResourceAction.REINSTATE, actor, "Reinstated");
  }

  /** Adds a key stage to each resource that lacks it; returns how many changed. */
  public int addKeyStage(
      @NotNull List<String> slugs, @NotNull KeyStage keyStage, @NotNull Actor actor) {
    ResourceAction.SAVE.require(actor);
    int changed = 0;
    for (Resource resource : resources.findBySlugs(slugs)) {
      ResourceDraft working = heldResources.working(resource);
      if (!working.keyStages().contains(keyStage)) {
        change(resource, working.withKeyStage(keyStage), actor, "Added " + keyStage.label());
        changed++;
      }
    }
    return changed;
  }

  /**
   * Puts the resource in exactly these topics, each as a change to the topic: a published topic
   * holds it until someone else approves it.
   */
  private void placeInTopics(Resource resource, List<String> wanted, Actor actor) {
    Set<String> wantedSlugs = new HashSet<>(wanted);
    for (String topic : held.topicsWith(resource.slug())) {
      if (!wantedSlugs.remove(topic)) {
        workflow.include(topic, resource.slug(), false, actor);
      }
    }
    for (String slug : wantedSlugs) {
      if (topics.findBySlug(slug).isEmpty()) {
        throw new Refusal("topic.no-such-topic", slug);
      }
      workflow.include(slug, resource.slug(), true, actor);
    }
  }

  private String freeSlug(String title) {
    String base = Slugs.fromTitle(title);
    String candidate = base;
    for (int n = 2; resources.findBySlug(candidate).isPresent(); n++) {
      String suffix = "-" + n;
      candidate = base.substring(0, Math.min(base.length(), Slugs.MAX_LENGTH - suffix.length()));
      candidate = candidate.replaceAll("-+$", "") + suffix;
    }
    return candidate;
  }

  private Resource find(String slug) {
    return resources
        .findBySlug(slug)
        .orElseThrow(() -> new Refusal("resource.no-such-resource", slug));
  }

  private EditableResource saved(
      Resource resource, ResourceAction act, Actor actor, String summary) {
    return heldResources.editable(reviewed.saved(resource, act, actor, summary));
  }
}
