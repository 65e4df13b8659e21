package org.signpost.core.resource.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.content.Slugs;
import org.signpost.core.content.pack.ContentPackWriter;
import org.signpost.core.content.pack.ResourceEntry;
import org.signpost.core.content.revision.ChangeRecorder;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.content.revision.EditConflictException;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.resource.EditableResource;
import org.signpost.core.resource.Organisation;
import org.signpost.core.resource.OrganisationRepository;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.ResourceDraft;
import org.signpost.core.resource.ResourceOrder;
import org.signpost.core.resource.ResourceQuery;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.resource.ResourceRow;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.topic.Topic;
import org.signpost.core.topic.TopicRepository;

/**
 * Curators' work on resources (editors and administrators): create, edit with the topics a resource
 * belongs to, archive and reinstate, and the same on many at once. Each saved change keeps a
 * revision and moves the content revision, so widgets show it within seconds.
 */
@ApplicationScoped
@Transactional
public class ResourceEditing {

  @Inject ResourceRepository resources;
  @Inject OrganisationRepository organisations;
  @Inject TopicRepository topics;
  @Inject ChangeRecorder changes;

  private final ContentPackWriter snapshots = new ContentPackWriter();

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
  }

  /** One page of resources for the console, archived ones too when asked. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ResourceRow> find(
      @NotNull @Valid ResourceQuery query,
      boolean withArchived,
      @NotNull ResourceOrder order,
      boolean ascending,
      @NotNull PageRequest page) {
    return resources.find(query, withArchived, order, ascending, page).map(ResourceRow::of);
  }

  /** The resources named, as rows in the order named; unknown slugs are left out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ResourceRow> rows(@NotNull List<String> slugs) {
    var found =
        resources.findBySlugs(slugs).stream()
            .collect(java.util.stream.Collectors.toMap(Resource::slug, ResourceRow::of));
    return slugs.stream().filter(found::containsKey).map(found::get).toList();
  }

  /** The resource as its editor opens it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<EditableResource> editable(String slug) {
    return resources
        .findBySlug(slug)
        .map(
            resource ->
                EditableResource.of(
                    resource, topics.findHolding(slug).stream().map(Topic::slug).toList()));
  }

  /**
   * Other resources at the same address (ignoring case and a trailing slash), for a warning before
   * a curator adds the same link twice.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ResourceRow> sameAddress(String url, String exceptSlug) {
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
    actor.require("create resources", Role.EDITOR, Role.ADMIN);
    Resource resource = new Resource(freeSlug(draft.title()), draft.details(provider(draft)));
    Resource stored = resources.store(resource);
    placeInTopics(stored, draft.topics());
    return saved(stored, actor, "Created", draft.topics());
  }

  /**
   * Saves a curator's changes, if nobody else saved the resource since the version they started
   * from.
   *
   * @throws EditConflictException when the resource has moved on from {@code basedOnVersion}
   */
  public EditableResource save(
      @NotBlank String slug,
      long basedOnVersion,
      @NotNull @Valid ResourceDraft draft,
      @NotNull Actor actor) {
    actor.require("edit resources", Role.EDITOR, Role.ADMIN);
    Resource resource = find(slug);
    changes.requireVersion(
        RevisionSubject.RESOURCE,
        slug,
        "the resource \"" + resource.title() + "\"",
        resource.version(),
        basedOnVersion,
        resource.updatedAt());
    resource.describe(draft.details(provider(draft)));
    placeInTopics(resource, draft.topics());
    return saved(resource, actor, "Saved", draft.topics());
  }

  /** Brings back what a resource held at an earlier revision, as a new revision. */
  public EditableResource restore(
      @NotBlank String slug, int number, @NotNull ResourceDraft draft, @NotNull Actor actor) {
    actor.require("restore resources", Role.EDITOR, Role.ADMIN);
    Resource resource = find(slug);
    resource.describe(draft.details(provider(draft)));
    return saved(resource, actor, "Restored revision " + number, null);
  }

  /** Takes resources out of every public list, keeping them; returns how many changed. */
  public int archive(@NotNull List<String> slugs, @NotNull Actor actor) {
    actor.require("archive resources", Role.EDITOR, Role.ADMIN);
    int changed = 0;
    for (Resource resource : resources.findBySlugs(slugs)) {
      if (!resource.isArchived()) {
        resource.archive();
        saved(resource, actor, "Archived", null);
        changed++;
      }
    }
    return changed;
  }

  /** Brings an archived resource back into the public lists. */
  public EditableResource reinstate(@NotBlank String slug, @NotNull Actor actor) {
    actor.require("reinstate resources", Role.EDITOR, Role.ADMIN);
    Resource resource = find(slug);
    resource.reinstate();
    return saved(resource, actor, "Reinstated", null);
  }

  /** Adds a key stage to each resource that lacks it; returns how many changed. */
  public int addKeyStage(
      @NotNull List<String> slugs, @NotNull KeyStage keyStage, @NotNull Actor actor) {
    actor.require("edit resources", Role.EDITOR, Role.ADMIN);
    int changed = 0;
    for (Resource resource : resources.findBySlugs(slugs)) {
      if (!resource.suits(keyStage)) {
        resource.addKeyStage(keyStage);
        saved(resource, actor, "Added " + keyStage.label(), null);
        changed++;
      }
    }
    return changed;
  }

  private Organisation provider(ResourceDraft draft) {
    return organisations
        .findBySlug(draft.provider())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "There is no organisation \"" + draft.provider() + "\": choose a provider."));
  }

  private void placeInTopics(Resource resource, List<String> wanted) {
    Set<String> wantedSlugs = new HashSet<>(wanted);
    for (Topic topic : topics.findHolding(resource.slug())) {
      if (!wantedSlugs.remove(topic.slug())) {
        topic.detach(resource);
      }
    }
    for (String slug : wantedSlugs) {
      topics
          .findBySlug(slug)
          .orElseThrow(() -> new IllegalArgumentException("There is no topic \"" + slug + "\"."))
          .attach(resource);
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
        .orElseThrow(() -> new NoSuchElementException("There is no resource \"" + slug + "\"."));
  }

  private EditableResource saved(
      Resource resource, Actor actor, String summary, List<String> topicSlugs) {
    changes.recordSeenByReaders(
        RevisionSubject.RESOURCE,
        resource.slug(),
        actor.login(),
        summary,
        snapshots.toJson(ResourceEntry.of(resource)));
    List<String> held =
        topicSlugs != null
            ? topicSlugs
            : topics.findHolding(resource.slug()).stream().map(Topic::slug).toList();
    return EditableResource.of(resource, held);
  }
}
