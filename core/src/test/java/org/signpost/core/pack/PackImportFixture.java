package org.signpost.core.pack;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.signpost.core.content.revision.ChangeRecorder;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.resource.JpaOrganisationRepository;
import org.signpost.core.resource.JpaResourceRepository;
import org.signpost.core.topic.JpaTopicRepository;

/** Builds the importer and exporter on one entity manager, as a plain Java program would. */
public final class PackImportFixture {

  private PackImportFixture() {}

  public static ContentPackImporter importer(EntityManager em) {
    return new ContentPackImporter(
        new JpaOrganisationRepository(em),
        new JpaResourceRepository(em),
        new JpaTopicRepository(em),
        new ChangeRecorder(
            new RevisionLog(em, Clock.systemUTC()), new ContentRevision(em, Clock.systemUTC())),
        Clock.systemUTC());
  }

  public static ContentPackExporter exporter(EntityManager em) {
    return new ContentPackExporter(
        new JpaOrganisationRepository(em),
        new JpaResourceRepository(em),
        new JpaTopicRepository(em));
  }
}
