package org.signpost.core.infrastructure.payara;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import java.time.Duration;
import org.signpost.core.grid.KeyedHash;
import org.signpost.core.limit.Allowances;

/**
 * Allowances in the cluster's data grid: every instance takes from the same bucket, so a client
 * sending to several instances behind the load balancer has one allowance, not one per instance.
 * Buckets are compared and swapped as bytes (Bucket4j's compare-and-swap proxies), so no grid
 * member needs Signpost's classes; one left unused for an hour is dropped (by then every limit has
 * refilled it). The keys are hashed with a key made from the cluster's secret, which the grid never
 * holds, so a reader of the grid learns no client and cannot find a given client's bucket. While
 * the grid reshapes after losing a member, an answer can take seconds: a bucket that cannot answer
 * within {@link #PATIENCE} throws Bucket4j's {@code TimeoutException}, and the limits let that
 * request through ({@link Allowances}).
 */
public final class GridAllowances implements Allowances {

  static final String BUCKETS = "signpost-allowances";
  static final int UNUSED_SECONDS = 3600;

  /** How long a request waits on the grid for its allowance. */
  static final Duration PATIENCE = Duration.ofMillis(300);

  private final ProxyManager<String> buckets;
  private final KeyedHash hash;

  public GridAllowances(HazelcastInstance grid, KeyedHash hash) {
    grid.getConfig().addMapConfig(new MapConfig(BUCKETS).setMaxIdleSeconds(UNUSED_SECONDS));
    IMap<String, byte[]> map = grid.getMap(BUCKETS);
    buckets = Bucket4jHazelcast.casBasedBuilder(map).requestTimeout(PATIENCE).build();
    this.hash = hash;
  }

  @Override
  public Bucket bucket(String limit, String key, BucketConfiguration limits) {
    return buckets.builder().build(hash.of(limit, key), () -> limits);
  }
}
