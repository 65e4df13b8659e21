package org.signpost.core.infrastructure.payara;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.signpost.core.grid.ClusterSecret;
import org.signpost.core.grid.KeyedHash;
import org.signpost.core.limit.Allowances;
import org.signpost.core.limit.LocalAllowances;

/**
 * Gives the allowances of this deployment: the data grid's on a cluster (Payara's grid runs and the
 * cluster's secret is set), else memory's, as on a single instance, whose grid has no one to share
 * them with.
 */
@ApplicationScoped
public class AllowancesProducer {

  private static final Logger LOG = Logger.getLogger(AllowancesProducer.class.getName());

  @Inject ClusterSecret secret;

  @Produces
  @ApplicationScoped
  Allowances allowances() {
    Optional<Object> grid = DataGrid.member();
    Optional<KeyedHash> hash = secret.hash("allowances");
    if (grid.isPresent() && hash.isPresent()) {
      try {
        Allowances shared = GridOnly.allowances(grid.get(), hash.get());
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
    static Allowances allowances(Object grid, KeyedHash hash) {
      com.hazelcast.core.HazelcastInstance instance = (com.hazelcast.core.HazelcastInstance) grid;
      if (!instance.getLifecycleService().isRunning()) {
        throw new IllegalStateException("the data grid is not running");
      }
      return new GridAllowances(instance, hash);
    }
  }
}
