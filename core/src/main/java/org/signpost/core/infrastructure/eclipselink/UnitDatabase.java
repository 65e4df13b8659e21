package org.signpost.core.infrastructure.eclipselink;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

/** Which database a persistence unit runs on, as EclipseLink found out when it connected. */
public final class UnitDatabase {

  private UnitDatabase() {}

  /** Whether the entity manager's database is PostgreSQL. */
  public static boolean isPostgreSQL(EntityManager em) {
    return em.unwrap(Session.class).getDatasourcePlatform().isPostgreSQL();
  }
}
