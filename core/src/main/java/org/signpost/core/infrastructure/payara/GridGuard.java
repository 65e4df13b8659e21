package org.signpost.core.infrastructure.payara;

import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import org.signpost.core.grid.ClusterSecret;
import org.signpost.core.grid.GridName;
import org.signpost.core.grid.GridRefusedException;

/**
 * Refuses to start an instance whose data grid could take in strangers: one that shares its grid
 * (other members, or a way of finding them) without {@code SIGNPOST_CLUSTER_SECRET}, with a secret
 * too short, or under a name not made from it. A grid of one member, as {@code run.sh} starts,
 * needs no secret: it listens on loopback only and the console's sessions need a proof the grid
 * lacks.
 */
public final class GridGuard {

  private GridGuard() {}

  /** Checks this server's grid, if it runs one; throws {@link GridRefusedException} if unsafe. */
  public static void checkThisServer(ClusterSecret secret) {
    DataGrid.member().ifPresent(grid -> Member.check(grid, secret));
  }

  /** Checks a grid member; throws {@link GridRefusedException} if unsafe. */
  public static void check(HazelcastInstance grid, ClusterSecret secret) {
    String shared = sharing(grid);
    if (shared == null) {
      return;
    }
    String value = secret.value().orElse(null);
    if (value == null) {
      throw new GridRefusedException(
          "This instance shares a data grid ("
              + shared
              + ") but SIGNPOST_CLUSTER_SECRET is not set: anyone who can reach the grid's port"
              + " could join it and read the console's sessions. Give every instance the same"
              + " secret of at least "
              + ClusterSecret.MIN_LENGTH
              + " characters (cluster.sh makes one), or start a single instance with --nocluster.");
    }
    if (value.length() < ClusterSecret.MIN_LENGTH) {
      throw new GridRefusedException(
          "SIGNPOST_CLUSTER_SECRET has "
              + value.length()
              + " characters; at least "
              + ClusterSecret.MIN_LENGTH
              + " are needed, so that the grid's name cannot be found by trying.");
    }
    if (!GridName.of(value).equals(grid.getConfig().getClusterName())) {
      throw new GridRefusedException(
          "The data grid's name is not the one made from SIGNPOST_CLUSTER_SECRET, so anyone who"
              + " knows the name could join it. Give the instance the name that `cluster.sh"
              + " grid-name` prints, as payaramicro.clusterName in a file named by"
              + " --systemproperties (a command line is readable by every user of the machine).");
    }
  }

  /** How the grid takes in other members, or null when it is alone and finds nobody. */
  static String sharing(HazelcastInstance grid) {
    int members = grid.getCluster().getMembers().size();
    if (members > 1) {
      return members + " members";
    }
    JoinConfig join = grid.getConfig().getNetworkConfig().getJoin();
    if (join.getMulticastConfig().isEnabled()) {
      return "members found by multicast";
    }
    List<String> listed = join.getTcpIpConfig().getMembers();
    if (join.getTcpIpConfig().isEnabled() && listed.size() > 1) {
      return "members " + String.join(", ", listed);
    }
    if (join.getKubernetesConfig().isEnabled()) {
      return "members found through Kubernetes";
    }
    return null;
  }

  /** Kept apart so that Hazelcast's classes are loaded only when there is a grid. */
  private static final class Member {
    static void check(Object grid, ClusterSecret secret) {
      GridGuard.check((HazelcastInstance) grid, secret);
    }
  }
}
