package org.signpost.core.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.signpost.core.persistence.SignpostUnit;

/**
 * Ready means: this deployment started (its migrations applied), every deployment it runs beside
 * has started too, nothing is stopping, and the database answers. Anything else is down, with the
 * reason. Each war names its own check by calling {@link #check(String)}. What it found inside (the
 * schema version, the database product, the database's own error) is told only when {@code
 * signpost.health.details} is on: anyone can ask.
 *
 * <p>Dependent, and its settings read when it is made, for the reason each war's check gives.
 */
@Dependent
public class DatabaseReadiness {

  /** How long a health probe may wait for the database before calling it unreachable. */
  private static final int VALID_WITHIN_SECONDS = 1;

  @Resource(lookup = SignpostUnit.DATA_SOURCE)
  DataSource dataSource;

  @Inject SetupSettings settings;

  private List<String> modules;
  private boolean details;

  @PostConstruct
  void readSettings() {
    modules = settings.modules();
    details = settings.healthDetails();
  }

  public HealthCheckResponse check(String module) {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("signpost-" + module);
    Optional<String> notReady = notReady(module);
    if (notReady.isPresent()) {
      return response.down().withData("startup", notReady.get()).build();
    }
    for (String other : modules) {
      Optional<String> otherNotReady = other.equals(module) ? Optional.empty() : notReady(other);
      if (otherNotReady.isPresent()) {
        return response.down().withData(other, otherNotReady.get()).build();
      }
    }
    if (details) {
      response.withData("schemaVersion", DeployedModules.schemaVersionOf(module).orElse("none"));
    }
    try (Connection connection = dataSource.getConnection()) {
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

  private static Optional<String> notReady(String module) {
    Optional<ModuleState> state = DeployedModules.stateOf(module);
    if (state.isEmpty()) {
      return Optional.of("not deployed");
    }
    return switch (state.get()) {
      case STARTED ->
          DeployedModules.hasStarted(module)
              ? Optional.empty()
              : Optional.of("opening its address");
      case STARTING -> Optional.of("still starting");
      case STOPPING -> Optional.of("stopping");
      case FAILED -> Optional.of(DeployedModules.reasonOf(module).orElse("failed"));
    };
  }
}
