package org.signpost.core.limit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Gives the allowances of this deployment: the data grid's when Payara's grid runs (it is bound as
 * {@code payara/Hazelcast}), else memory's.
 */
@ApplicationScoped
public class AllowancesProducer {

  static final String GRID = "payara/Hazelcast";

  private static final Logger LOG = Logger.getLogger(AllowancesProducer.class.getName());

  @Produces
  @ApplicationScoped
  Allowances allowances() {
    Object grid;
    try {
      grid = new InitialContext().lookup(GRID);
    } catch (NamingException | RuntimeException | LinkageError none) {
      grid = null;
    }
    if (grid != null && grid.getClass().getName().startsWith("com.hazelcast")) {
      try {
        Allowances shared = GridOnly.allowances(grid);
        LOG.info("Limits are shared by the cluster's instances, in the data grid");
        return shared;
      } catch (RuntimeException | LinkageError unusable) {
        LOG.warning(
            "The data grid cannot keep limits, so each instance keeps its own: " + unusable);
      }
    }
    return new LocalAllowances();
  }

  /** Kept apart so that the grid's classes are loaded only when there is a grid. */
  private static final class GridOnly {
    static Allowances allowances(Object grid) {
      com.hazelcast.core.HazelcastInstance instance = (com.hazelcast.core.HazelcastInstance) grid;
      if (!instance.getLifecycleService().isRunning()) {
        throw new IllegalStateException("the data grid is not running");
      }
      return new GridAllowances(instance);
    }
  }
}
