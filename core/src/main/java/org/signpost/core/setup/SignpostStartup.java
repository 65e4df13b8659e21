package org.signpost.core.setup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.signpost.core.grid.ClusterSecret;
import org.signpost.core.infrastructure.payara.GridGuard;
import org.signpost.core.persistence.SignpostUnit;

/**
 * Brings the deployment up and down: refuses a data grid that strangers could join ({@link
 * GridGuard}), migrates the schema, does the first-start work, and keeps where the deployment is in
 * its life for readiness. The deployment calls it from a start-up listener of its own, so that on a
 * full server, where this jar is a library of the EAR, no session bean lives in a library. A
 * failure is logged and kept for readiness instead of failing the deployment, which on Payara would
 * leave every address answering 404 with nothing to say why.
 */
@ApplicationScoped
public class SignpostStartup {

  private static final Logger LOG = Logger.getLogger(SignpostStartup.class.getName());

  @Resource(lookup = SignpostUnit.DATA_SOURCE)
  DataSource dataSource;

  @Inject FirstStart firstStart;
  @Inject ClusterSecret clusterSecret;

  private volatile DeploymentState state = DeploymentState.STARTING;
  private volatile String failure = "";
  private volatile String schemaVersion = "";
  private Thread stopSignal;

  /**
   * Starts the deployment. Flyway runs its own transactions, so none is open. From here on, the
   * process being told to stop (SIGTERM) makes the deployment unready at once, before the server
   * begins to take it down.
   */
  public synchronized void start() {
    state = DeploymentState.STARTING;
    stopSignal = new Thread(() -> state = DeploymentState.STOPPING, "signpost-stopping");
    Runtime.getRuntime().addShutdownHook(stopSignal);
    try {
      GridGuard.checkThisServer(clusterSecret);
      SchemaMigration migration = new SchemaMigration(dataSource);
      int applied = migration.migrate().migrationsExecuted;
      LOG.info(
          () ->
              "Database schema at version "
                  + migration.currentVersion()
                  + " ("
                  + applied
                  + " migrations applied by this start)");
      firstStart.run();
      schemaVersion = migration.currentVersion();
      state = DeploymentState.STARTED;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Signpost could not start: " + e.getMessage(), e);
      failure = e.getClass().getSimpleName() + ": " + e.getMessage();
      state = DeploymentState.FAILED;
    }
  }

  /**
   * The data source the deployment started on, for the readiness check: a check of its own would be
   * injected while the server's health extension makes it, which on a full server is before the
   * war's naming context exists for it (the EAR then failed to deploy).
   */
  DataSource dataSource() {
    return dataSource;
  }

  /** The deployment is being taken down: unready from now on. */
  public synchronized void stop() {
    state = DeploymentState.STOPPING;
    if (stopSignal != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(stopSignal);
      } catch (IllegalStateException processIsStopping) {
        // The hook is running or has run: nothing to undo.
      }
      stopSignal = null;
    }
  }

  public DeploymentState state() {
    return state;
  }

  /** Whether start-up finished (the schema is migrated) and nothing is stopping. */
  public boolean hasStarted() {
    return state == DeploymentState.STARTED;
  }

  /** Why start-up failed, or empty. */
  public Optional<String> failure() {
    return Optional.of(failure).filter(reason -> !reason.isEmpty());
  }

  /** The schema version the deployment started at, or empty before. */
  public Optional<String> schemaVersion() {
    return Optional.of(schemaVersion).filter(version -> !version.isEmpty());
  }
}
