package org.signpost.core.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Reads outside a transaction fail at once when the database cannot be reached, instead of being
 * retried by the persistence provider with seconds of waiting in between (about ten seconds per
 * request, seen with PostgreSQL stopped): the server's pool already validates connections and
 * recovers when the database is back, and a reader is better served by "try again shortly".
 */
public class FailFastQueries implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
    }
  }
}
