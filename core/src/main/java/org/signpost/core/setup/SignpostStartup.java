package org.signpost.core.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.signpost.core.persistence.SignpostUnit;

/**
 * Runs when a deployment starts: migrates the schema, then does the first-start work. A failure is
 * logged and kept for the readiness check instead of failing the deployment, which on Payara would
 * leave every address answering 404 with nothing to say why.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignpostStartup {

  private static final Logger LOG = Logger.getLogger(SignpostStartup.class.getName());

  @Resource(lookup = SignpostUnit.DATA_SOURCE)
  DataSource dataSource;

  @Inject FirstStart firstStart;
  @Inject StartupStatus status;

  /**
   * A start-up singleton runs after the deployment's resources are bound, which a CDI observer of
   * the application's start does not wait for. Flyway runs its own transactions, so none is open.
   */
  @PostConstruct
  void start() {
    try {
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
      status.finished();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Signpost could not start: " + e.getMessage(), e);
      status.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
