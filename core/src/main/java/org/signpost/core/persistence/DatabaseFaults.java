package org.signpost.core.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a database that cannot be reached from every other failure, however deep the server's pool,
 * the transaction and the persistence provider have wrapped it: such a failure is worth a "try
 * again shortly", the others are faults of ours.
 */
public final class DatabaseFaults {

  /** How long a client should wait before trying again while the database is away. */
  public static final int RETRY_AFTER_SECONDS = 30;

  /** SQLSTATE class 08: connection exceptions. */
  private static final String CONNECTION_CLASS = "08";

  /**
   * SQLSTATE 57P01 to 57P05, as PostgreSQL says them: the server ended the connection or takes none
   * yet (shutting down, after a crash, still starting, the database dropped, an idle session
   * ended).
   */
  private static final String SERVER_GOING_AWAY = "57P0";

  /** SQLSTATE 23505: a unique constraint refused the row. */
  private static final String UNIQUE_VIOLATION = "23505";

  private DatabaseFaults() {}

  /** Whether the failure, or anything that caused it, says the database could not be reached. */
  public static boolean isUnreachable(Throwable failure) {
    return anyCause(
        failure,
        t ->
            t instanceof DatabaseUnreachableException
                || t instanceof ConnectException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLException sql
                    && (startsWith(sql.getSQLState(), CONNECTION_CLASS)
                        || startsWith(sql.getSQLState(), SERVER_GOING_AWAY)
                        || saysNoConnection(sql)));
  }

  /**
   * Whether the failure, or anything that caused it, is a row refused for a unique key another row
   * holds (SQLSTATE 23505, on PostgreSQL and H2 alike): for a write that two requests raced to
   * make, doing it again finds the other's row.
   */
  public static boolean isDuplicateKey(Throwable failure) {
    return anyCause(
        failure, t -> t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
  }

  /** Whether the failure or anything that caused it (each looked at once) is what is asked. */
  private static boolean anyCause(Throwable failure, Predicate<Throwable> asked) {
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
      if (asked.test(t)) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable t) {
    if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
      return sql.getNextException();
    }
    return t.getCause();
  }

  private static boolean startsWith(String state, String prefix) {
    return state != null && state.startsWith(prefix);
  }

  /** The application server's pool reports an exhausted or refused pool in words only. */
  private static boolean saysNoConnection(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return message.contains("allocating a connection")
        || message.contains("connection could not be allocated");
  }
}
