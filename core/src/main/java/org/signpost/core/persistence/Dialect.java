package org.signpost.core.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.signpost.core.infrastructure.eclipselink.UnitDatabase;

/** Which of the two databases Signpost runs on, for the few queries each writes its own way. */
public final class Dialect {

  private Dialect() {}

  /** Whether the entity manager's database is PostgreSQL (otherwise it is the embedded H2). */
  public static boolean isPostgreSQL(EntityManager em) {
    return UnitDatabase.isPostgreSQL(em);
  }

  /** The same, asked of the database itself, for work done below the persistence unit. */
  public static boolean isPostgreSQL(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be asked what it is", e);
    }
  }
}
