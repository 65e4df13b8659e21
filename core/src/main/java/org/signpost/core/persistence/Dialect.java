package org.signpost.core.persistence;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

/** Which of the two databases Signpost runs on, for the few queries each writes its own way. */
public final class Dialect {

  private Dialect() {}

  /** Whether the entity manager's database is PostgreSQL (otherwise it is the embedded H2). */
  public static boolean isPostgreSQL(EntityManager em) {
    return em.unwrap(Session.class).getDatasourcePlatform().isPostgreSQL();
  }
}
