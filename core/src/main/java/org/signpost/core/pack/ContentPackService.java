package org.signpost.core.pack;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.content.revision.ChangeRecorder;
import org.signpost.core.resource.OrganisationRepository;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.topic.TopicRepository;

/** Content packs in a Jakarta EE server: each import is one transaction, all or nothing. */
@ApplicationScoped
@Transactional
public class ContentPackService {

  @Inject OrganisationRepository organisations;
  @Inject ResourceRepository resources;
  @Inject TopicRepository topics;
  @Inject ChangeRecorder changes;

  /**
   * Imports a pack for a curator (administrators only: a pack's topics keep the status they were
   * exported with, so they skip the review workflow).
   *
   * @throws InvalidContentPackException listing every problem; nothing is written then
   */
  public ImportReport importPack(@NotNull InputStream json, @NotNull Actor actor) {
    actor.require("import content packs", Role.ADMIN);
    return importPack(new ContentPackReader().read(json), actor);
  }

  /** Imports a pack already read, such as the demo content, with the same rules. */
  public ImportReport importPack(@NotNull ContentPack pack, @NotNull Actor actor) {
    actor.require("import content packs", Role.ADMIN);
    return importPack(pack, actor.login());
  }

  private ImportReport importPack(ContentPack pack, String author) {
    ImportReport report =
        new ContentPackImporter(organisations, resources, topics, changes, Clock.systemUTC())
            .apply(pack, author);
    if (!report.changedNothing()) {
      changes.readersSeeChanges();
    }
    return report;
  }

  /** Every organisation, resource and topic as one pack (administrators only). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ContentPack exportAll(@NotBlank String name, @NotNull Actor actor) {
    actor.require("export content packs", Role.ADMIN);
    return new ContentPackExporter(organisations, resources, topics).export(name);
  }
}
