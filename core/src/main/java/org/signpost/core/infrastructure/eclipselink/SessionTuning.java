package org.signpost.core.infrastructure.eclipselink;

import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * What Signpost asks of EclipseLink beyond the standard mapping, in one place, so that the entities
 * carry only Jakarta Persistence's annotations:
 *
 * <ul>
 *   <li>Reads outside a transaction fail at once when the database cannot be reached, instead of
 *       being retried by the provider with seconds of waiting in between (about ten seconds per
 *       request, seen with PostgreSQL stopped): the server's pool already validates connections and
 *       recovers when the database is back, and a reader is better served by "try again shortly".
 *   <li>A page of resources reads its key stages, audiences and providers in one statement each for
 *       the whole page ({@code IN} batches), not one per resource: 5 statements for a page of eight
 *       where there were 23.
 * </ul>
 */
public class SessionTuning implements SessionCustomizer {

  /** The relations read in batches, by entity name and attribute. */
  static final Map<String, List<String>> READ_IN_BATCHES =
      Map.of("Resource", List.of("keyStages", "audiences", "provider"));

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
    }
    READ_IN_BATCHES.forEach(
        (entity, attributes) -> attributes.forEach(a -> readInBatches(session, entity, a)));
  }

  private static void readInBatches(Session session, String entity, String attribute) {
    ClassDescriptor descriptor = session.getDescriptorForAlias(entity);
    DatabaseMapping mapping =
        descriptor == null ? null : descriptor.getMappingForAttributeName(attribute);
    if (!(mapping instanceof ForeignReferenceMapping relation)) {
      throw new IllegalStateException(
          "The persistence unit has no relation "
              + entity
              + "."
              + attribute
              + " to read in batches");
    }
    relation.setUsesBatchReading(true);
    relation.setBatchFetchType(BatchFetchType.IN);
  }
}
