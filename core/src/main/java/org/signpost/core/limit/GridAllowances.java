package org.signpost.core.limit;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Allowances in the cluster's data grid: every instance takes from the same bucket, so a client
 * sending to several instances behind the load balancer has one allowance, not one per instance.
 * Buckets are compared and swapped as bytes (Bucket4j's compare-and-swap proxies), so no grid
 * member needs Signpost's classes; one left unused for an hour is dropped (by then every limit has
 * refilled it). The secret the keys are hashed with is made by the first instance and kept in the
 * grid's memory only. While the grid reshapes after losing a member, an answer can take seconds: a
 * bucket that cannot answer within {@link #PATIENCE} throws Bucket4j's {@code TimeoutException},
 * and the limits let that request through ({@link Allowances}).
 */
final class GridAllowances implements Allowances {

  static final String BUCKETS = "signpost-allowances";
  static final String SECRET = "signpost-allowances-secret";
  static final int UNUSED_SECONDS = 3600;

  /** How long a request waits on the grid for its allowance. */
  static final Duration PATIENCE = Duration.ofMillis(300);

  private final ProxyManager<String> buckets;
  private final KeyedHash hash;

  GridAllowances(HazelcastInstance grid) {
    grid.getConfig().addMapConfig(new MapConfig(BUCKETS).setMaxIdleSeconds(UNUSED_SECONDS));
    IMap<String, byte[]> map = grid.getMap(BUCKETS);
    buckets = Bucket4jHazelcast.casBasedBuilder(map).requestTimeout(PATIENCE).build();
    hash = new KeyedHash(sharedSecret(grid.getMap(SECRET)));
  }

  private static byte[] sharedSecret(IMap<String, byte[]> secrets) {
    byte[] mine = new byte[32];
    new SecureRandom().nextBytes(mine);
    byte[] first = secrets.putIfAbsent("key", mine);
    return first != null ? first : mine;
  }

  @Override
  public Bucket bucket(String limit, String key, BucketConfiguration limits) {
    return buckets.builder().build(hash.of(limit, key), () -> limits);
  }
}
