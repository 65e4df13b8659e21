package org.signpost.core.setup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.signpost.core.persistence.SignpostUnit;

/**
 * Ready means: start-up finished, the database answers, and no migration is pending. Anything else
 * is reported as down, with the reason.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = SignpostUnit.DATA_SOURCE)
  DataSource dataSource;

  /** Each deployment reports its own check: which one, the name says. */
  @Resource(lookup = "java:module/ModuleName")
  String moduleName;

  @Inject StartupStatus startup;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("signpost-database (" + moduleName + ")");
    if (startup.failure().isPresent()) {
      return response.down().withData("startup", startup.failure().get()).build();
    }
    if (!startup.isFinished()) {
      return response.down().withData("startup", "still starting").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(2)) {
        return response.down().withData("database", "connection not valid").build();
      }
      response.withData("database", connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      return response.down().withData("database", "unreachable: " + e.getMessage()).build();
    }
    SchemaMigration migration = new SchemaMigration(dataSource);
    int pending = migration.pendingCount();
    response.withData("schemaVersion", migration.currentVersion());
    if (pending > 0) {
      return response.down().withData("pendingMigrations", pending).build();
    }
    return response.up().build();
  }
}
