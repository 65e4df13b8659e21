package org.signpost.core.setup;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Ready means: the deployment started (its migrations applied), nothing is stopping, and the
 * database answers. Anything else is down, with the reason. What it found inside (the schema
 * version, the database product, the database's own error) is told only when {@code
 * signpost.health.details} is on: anyone can ask.
 *
 * <p>Dependent, and its settings read when it is made: the server's health service calls it from a
 * thread of its own, where a bean made lazily could be wired with another class loader's classes.
 */
@Dependent
public class DatabaseReadiness {

  /** The check's name in {@code /health/ready}. */
  public static final String NAME = "signpost";

  /** How long a health probe may wait for the database before calling it unreachable. */
  private static final int VALID_WITHIN_SECONDS = 1;

  @Inject @ConfigProperties SetupSettings settings;
  @Inject SignpostStartup startup;

  private boolean details;

  @PostConstruct
  void readSettings() {
    details = settings.healthDetails();
  }

  public HealthCheckResponse check() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    Optional<String> notReady = notReady();
    if (notReady.isPresent()) {
      return response.down().withData("startup", notReady.get()).build();
    }
    if (details) {
      response.withData("schemaVersion", startup.schemaVersion().orElse("none"));
    }
    try (Connection connection = startup.dataSource().getConnection()) {
      if (!connection.isValid(VALID_WITHIN_SECONDS)) {
        return response.down().withData("database", "connection not valid").build();
      }
      if (details) {
        response.withData("database", connection.getMetaData().getDatabaseProductName());
      }
    } catch (SQLException e) {
      return response
          .down()
          .withData("database", details ? "unreachable: " + e.getMessage() : "unreachable")
          .build();
    }
    return response.up().build();
  }

  private Optional<String> notReady() {
    return switch (startup.state()) {
      case STARTED -> Optional.empty();
      case STARTING -> Optional.of("still starting");
      case STOPPING -> Optional.of("stopping");
      case FAILED -> Optional.of(startup.failure().orElse("failed"));
    };
  }
}
