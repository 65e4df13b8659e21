package org.signpost.core.setup;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.signpost.core.persistence.Dialect;

/**
 * The Flyway migrations that own the schema. The same scripts run unchanged on H2 (in {@code
 * MODE=LEGACY}) and on PostgreSQL, but for the few that only one database understands (full-text
 * search), which sit in a folder per database, each version in both.
 */
public final class SchemaMigration {

  /** Where the scripts are on the class path. */
  public static final String LOCATION = "classpath:org/signpost/core/db/migration";

  /** Where each database's own scripts are, in a folder named {@code h2} or {@code postgresql}. */
  public static final String VENDOR_LOCATIONS = "classpath:org/signpost/core/db/vendor/";

  private final Flyway flyway;

  public SchemaMigration(DataSource dataSource) {
    this.flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(
                LOCATION,
                VENDOR_LOCATIONS + (Dialect.isPostgreSQL(dataSource) ? "postgresql" : "h2"))
            .load();
  }

  /** Applies the migrations not yet applied; safe to run from several places at once. */
  public MigrateResult migrate() {
    return flyway.migrate();
  }

  /** The version the database is at, or {@code none} for an empty one. */
  public String currentVersion() {
    var current = flyway.info().current();
    return current == null ? "none" : current.getVersion().getVersion();
  }
}
