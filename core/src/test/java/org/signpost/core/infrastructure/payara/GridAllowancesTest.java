package org.signpost.core.infrastructure.payara;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.DistributedObject;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.signpost.core.grid.ClusterSecret;
import org.signpost.core.grid.KeyedHash;
import org.signpost.core.limit.Allowances;

/**
 * Two members of a real data grid on loopback, as two instances of a cluster hold it: a client's
 * allowance is one, whichever member it reaches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridAllowancesTest {

  private static final BucketConfiguration FIVE_AT_ONCE =
      BucketConfiguration.builder()
          .addLimit(Bandwidth.builder().capacity(5).refillGreedy(1, Duration.ofHours(1)).build())
          .build();

  /** What every instance makes from the cluster's secret. */
  private static final KeyedHash HASH =
      new ClusterSecret("a cluster secret of this test alone").hash("allowances").orElseThrow();

  private HazelcastInstance first;
  private HazelcastInstance second;

  @BeforeAll
  void grid() throws IOException {
    String cluster = "signpost-test-" + UUID.randomUUID();
    List<Integer> ports = List.of(freePort(), freePort());
    first = Hazelcast.newHazelcastInstance(member(cluster, ports.get(0), ports));
    second = Hazelcast.newHazelcastInstance(member(cluster, ports.get(1), ports));
  }

  /** A port nothing listens on now, so that two runs of the build never meet in one grid. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @AfterAll
  void stop() {
    second.shutdown();
    first.shutdown();
  }

  @Test
  void aClientTakingFromTwoInstancesHasOneAllowanceBetweenThem() {
    Allowances one = new GridAllowances(first, HASH);
    Allowances other = new GridAllowances(second, HASH);
    assertThat(second.getCluster().getMembers()).hasSize(2);

    int taken = 0;
    for (int i = 0; i < 10; i++) {
      Allowances instance = i % 2 == 0 ? one : other;
      if (instance.bucket("feedback", "203.0.113.9", FIVE_AT_ONCE).tryConsume(1)) {
        taken++;
      }
    }

    assertThat(taken).as("answers let through, half on each instance").isEqualTo(5);
    assertThat(other.bucket("feedback", "198.51.100.7", FIVE_AT_ONCE).tryConsume(1))
        .as("another client has its own allowance")
        .isTrue();
    assertThat(one.bucket("sign-in-client", "203.0.113.9", FIVE_AT_ONCE).tryConsume(1))
        .as("another limit has its own buckets")
        .isTrue();
  }

  @Test
  void theGridKeepsNoAddress() {
    new GridAllowances(first, HASH).bucket("feedback", "192.0.2.44", FIVE_AT_ONCE).tryConsume(1);

    assertThat(first.getMap(GridAllowances.BUCKETS).keySet())
        .isNotEmpty()
        .allSatisfy(key -> assertThat(key.toString()).doesNotContain("192.0.2.44"));
  }

  @Test
  void theGridHoldsNoKeyTheBucketsCouldBeFoundWith() {
    new GridAllowances(first, HASH).bucket("sign-in-login", "admin", FIVE_AT_ONCE).tryConsume(1);

    assertThat(first.getDistributedObjects())
        .as("the grid holds the buckets and nothing else of the limits'")
        .extracting(DistributedObject::getName)
        .containsOnly(GridAllowances.BUCKETS);
  }

  private static Config member(String cluster, int port, List<Integer> ports) {
    Config config = new Config().setClusterName(cluster);
    config.setProperty("hazelcast.logging.type", "jdk");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig()
        .setEnabled(true)
        .setMembers(ports.stream().map(member -> "127.0.0.1:" + member).toList());
    return config;
  }
}
