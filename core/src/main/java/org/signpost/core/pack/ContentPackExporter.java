package org.signpost.core.pack;

import org.signpost.core.resource.OrganisationRepository;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.topic.TopicRepository;

/** Writes everything in the database out as one content pack, in the order of its lists. */
public final class ContentPackExporter {

  private final OrganisationRepository organisations;
  private final ResourceRepository resources;
  private final TopicRepository topics;

  public ContentPackExporter(
      OrganisationRepository organisations, ResourceRepository resources, TopicRepository topics) {
    this.organisations = organisations;
    this.resources = resources;
    this.topics = topics;
  }

  public ContentPack export(String name) {
    return new ContentPack(
        ContentPack.CURRENT_VERSION,
        name,
        organisations.findAll().stream().map(OrganisationEntry::of).toList(),
        resources.findAll().stream().map(ResourceEntry::of).toList(),
        topics.findAll().stream().map(TopicEntry::of).toList());
  }
}
