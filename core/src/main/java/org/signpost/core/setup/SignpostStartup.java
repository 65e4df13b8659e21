package org.signpost.core.setup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.signpost.core.grid.ClusterSecret;
import org.signpost.core.grid.GridGuard;
import org.signpost.core.persistence.SignpostUnit;

/**
 * Brings a deployment up and down: refuses a data grid that strangers could join ({@link
 * GridGuard}), migrates the schema, does the first-start work, and keeps the deployment's state in
 * {@link DeployedModules} for readiness. Each war calls it from a start-up bean of its own, so that
 * on a full server, where this jar is a library of the EAR, no session bean lives in a library. A
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

  private final Map<String, Thread> stopSignals = new ConcurrentHashMap<>();

  /**
   * Starts the named module. Flyway runs its own transactions, so none is open. From here on, the
   * process being told to stop (SIGTERM) makes the module unready at once, before the server begins
   * to take the deployments down.
   */
  public void start(String module) {
    DeployedModules.starting(module);
    Thread stopSignal =
        new Thread(() -> DeployedModules.stopping(module), "signpost-stopping-" + module);
    Runtime.getRuntime().addShutdownHook(stopSignal);
    stopSignals.put(module, stopSignal);
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
      DeployedModules.started(module, migration.currentVersion());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Signpost could not start: " + e.getMessage(), e);
      DeployedModules.failed(module, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The module is being taken down: unready first, then forgotten. */
  public void stop(String module) {
    DeployedModules.stopping(module);
    Thread stopSignal = stopSignals.remove(module);
    if (stopSignal != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(stopSignal);
      } catch (IllegalStateException processIsStopping) {
        // The hook is running or has run: nothing to undo.
      }
    }
    DeployedModules.forget(module);
  }
}
