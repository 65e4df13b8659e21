package org.signpost.core.infrastructure.payara;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.core.grid.ClusterSecret;
import org.signpost.core.grid.GridName;
import org.signpost.core.grid.GridRefusedException;

/** Real grid members on loopback, configured as Payara configures them from its flags. */
class GridGuardTest {

  private static final String SECRET = "a cluster secret made for this test";

  private HazelcastInstance member;

  @AfterEach
  void stop() {
    if (member != null) {
      member.shutdown();
    }
  }

  @Test
  void aSingleInstanceNeedsNoSecret() {
    member = Hazelcast.newHazelcastInstance(member("signpost", List.of("127.0.0.1:15801")));

    assertThatCode(() -> GridGuard.check(member, new ClusterSecret(null)))
        .doesNotThrowAnyException();
  }

  @Test
  void aClusterWithoutTheSecretRefusesToStart() {
    member =
        Hazelcast.newHazelcastInstance(
            member("signpost", List.of("127.0.0.1:15801", "127.0.0.1:15802")));

    assertThatThrownBy(() -> GridGuard.check(member, new ClusterSecret(null)))
        .isInstanceOf(GridRefusedException.class)
        .hasMessageContaining("SIGNPOST_CLUSTER_SECRET is not set")
        .hasMessageContaining("127.0.0.1:15802");
    assertThatThrownBy(() -> GridGuard.check(member, new ClusterSecret("  ")))
        .isInstanceOf(GridRefusedException.class);
  }

  @Test
  void aClusterNamedAnythingButTheSecretsNameRefusesToStart() {
    member =
        Hazelcast.newHazelcastInstance(
            member("signpost", List.of("127.0.0.1:15801", "127.0.0.1:15802")));

    assertThatThrownBy(() -> GridGuard.check(member, new ClusterSecret(SECRET)))
        .isInstanceOf(GridRefusedException.class)
        .hasMessageContaining("cluster.sh grid-name");
  }

  @Test
  void aShortSecretIsRefused() {
    member =
        Hazelcast.newHazelcastInstance(
            member(GridName.of("short"), List.of("127.0.0.1:15801", "127.0.0.1:15802")));

    assertThatThrownBy(() -> GridGuard.check(member, new ClusterSecret("short")))
        .isInstanceOf(GridRefusedException.class)
        .hasMessageContaining("at least 24");
  }

  @Test
  void aClusterNamedFromItsSecretStarts() {
    member =
        Hazelcast.newHazelcastInstance(
            member(GridName.of(SECRET), List.of("127.0.0.1:15801", "127.0.0.1:15802")));

    assertThatCode(() -> GridGuard.check(member, new ClusterSecret(SECRET)))
        .doesNotThrowAnyException();
    assertThat(member.getConfig().getClusterName())
        .as("a name nobody guesses without the secret")
        .startsWith("signpost-")
        .doesNotContain(SECRET)
        .hasSize("signpost-".length() + 32);
  }

  private static Config member(String name, List<String> members) {
    Config config = new Config().setClusterName(name);
    config.setProperty("hazelcast.logging.type", "jdk");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.setProperty("hazelcast.max.join.seconds", "1");
    config.getNetworkConfig().setPort(15801).setPortAutoIncrement(true);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(members);
    return config;
  }
}
