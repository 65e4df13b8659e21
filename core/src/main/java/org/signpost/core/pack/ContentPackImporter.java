package org.signpost.core.pack;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.signpost.core.content.revision.ChangeRecorder;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.pack.ImportReport.Action;
import org.signpost.core.resource.Organisation;
import org.signpost.core.resource.OrganisationRepository;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.ResourceDetails;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.topic.Topic;
import org.signpost.core.topic.TopicDetails;
import org.signpost.core.topic.TopicRepository;
import org.signpost.core.topic.TopicStatus;

/**
 * Brings a checked content pack into the database by slug: what is new is created, what differs is
 * made to match the pack, what already matches is left alone, so that importing the same pack twice
 * changes nothing. Every created or changed entry gets a revision. The caller runs the transaction,
 * so that a failure leaves nothing half-written.
 */
public final class ContentPackImporter {

  private final OrganisationRepository organisations;
  private final ResourceRepository resources;
  private final TopicRepository topics;
  private final ChangeRecorder revisions;
  private final Clock clock;
  private final ContentPackWriter snapshots = new ContentPackWriter();

  public ContentPackImporter(
      OrganisationRepository organisations,
      ResourceRepository resources,
      TopicRepository topics,
      ChangeRecorder revisions,
      Clock clock) {
    this.organisations = organisations;
    this.resources = resources;
    this.topics = topics;
    this.revisions = revisions;
    this.clock = clock;
  }

  /** Applies the pack; {@code author} is who the revisions name, such as a curator's login. */
  public ImportReport apply(ContentPack pack, String author) {
    ImportReport.Builder report = new ImportReport.Builder();
    Map<String, Organisation> providers = new HashMap<>();
    for (OrganisationEntry entry : pack.organisations()) {
      providers.put(entry.slug(), importOrganisation(entry, author, report));
    }
    Map<String, Resource> byslug = new HashMap<>();
    for (ResourceEntry entry : pack.resources()) {
      byslug.put(entry.slug(), importResource(entry, providers, author, report));
    }
    for (TopicEntry entry : pack.topics()) {
      importTopic(entry, byslug, author, report);
    }
    return report.build();
  }

  private Organisation importOrganisation(
      OrganisationEntry entry, String author, ImportReport.Builder report) {
    Optional<Organisation> existing = organisations.findBySlug(entry.slug());
    if (existing.isPresent() && OrganisationEntry.of(existing.get()).equals(entry)) {
      report.add("organisation", entry.slug(), entry.name(), Action.UNCHANGED);
      return existing.get();
    }
    Organisation organisation =
        existing.orElseGet(() -> new Organisation(entry.slug(), entry.name(), entry.homePage()));
    organisation.rename(entry.name(), entry.homePage());
    Organisation stored = organisations.store(organisation);
    recordImport(
        RevisionSubject.ORGANISATION,
        entry.slug(),
        entry.name(),
        existing.isPresent(),
        snapshots.toJson(entry),
        author,
        report);
    return stored;
  }

  private Resource importResource(
      ResourceEntry entry,
      Map<String, Organisation> providers,
      String author,
      ImportReport.Builder report) {
    Optional<Resource> existing = resources.findBySlug(entry.slug());
    if (existing.isPresent() && ResourceEntry.of(existing.get()).equals(entry)) {
      report.add("resource", entry.slug(), entry.title(), Action.UNCHANGED);
      return existing.get();
    }
    ResourceDetails details =
        new ResourceDetails(
            entry.title(),
            entry.url(),
            entry.description(),
            entry.type(),
            new HashSet<>(entry.keyStages()),
            new HashSet<>(entry.audiences()),
            providers.get(entry.provider()));
    Resource resource;
    if (existing.isPresent()) {
      resource = existing.get();
      resource.describe(details);
    } else {
      resource = resources.store(new Resource(entry.slug(), details));
    }
    recordImport(
        RevisionSubject.RESOURCE,
        entry.slug(),
        entry.title(),
        existing.isPresent(),
        snapshots.toJson(entry),
        author,
        report);
    return resource;
  }

  private void importTopic(
      TopicEntry entry,
      Map<String, Resource> packResources,
      String author,
      ImportReport.Builder report) {
    Optional<Topic> existing = topics.findBySlug(entry.slug());
    if (existing.isPresent() && TopicEntry.of(existing.get()).equals(entry)) {
      report.add("topic", entry.slug(), entry.title(), Action.UNCHANGED);
      return;
    }
    TopicDetails details =
        new TopicDetails(
            entry.title(),
            entry.summary(),
            entry.introduction(),
            entry.audience(),
            entry.owner(),
            entry.quickExit());
    Topic topic = existing.orElseGet(() -> new Topic(entry.slug(), details));
    topic.describe(details);
    topic.replaceSections(entry.sections());
    topic.replaceResources(entry.resources().stream().map(packResources::get).toList());
    topic.adoptRecordedState(
        entry.status(),
        entry.lastReviewed(),
        entry.nextReviewDue(),
        entry.status() == TopicStatus.PUBLISHED ? clock.instant() : null);
    topics.store(topic);
    recordImport(
        RevisionSubject.TOPIC,
        entry.slug(),
        entry.title(),
        existing.isPresent(),
        snapshots.toJson(entry),
        author,
        report);
  }

  /**
   * Writes an imported entry's new state into its history and its line into the report, whose kinds
   * ("organisation", "resource", "topic") are the history's subjects in lower case.
   */
  private void recordImport(
      RevisionSubject subject,
      String slug,
      String title,
      boolean existed,
      String snapshot,
      String author,
      ImportReport.Builder report) {
    Action action = existed ? Action.UPDATED : Action.CREATED;
    revisions.record(subject, slug, author, describe(action), snapshot);
    report.add(subject.name().toLowerCase(Locale.ROOT), slug, title, action);
  }

  private static String describe(Action action) {
    return action == Action.CREATED
        ? "Created by content pack import"
        : "Updated by content pack import";
  }
}
