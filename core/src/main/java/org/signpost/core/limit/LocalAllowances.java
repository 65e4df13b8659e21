package org.signpost.core.limit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.signpost.core.grid.KeyedHash;

/** Allowances in this process's memory: for one instance, or the core library on its own. */
public final class LocalAllowances implements Allowances {

  /** Above this many buckets all are forgotten; a forgotten bucket starts full. */
  static final int MAX_KEPT = 100_000;

  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final KeyedHash hash;

  public LocalAllowances() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    hash = new KeyedHash(secret);
  }

  @Override
  public Bucket bucket(String limit, String key, BucketConfiguration limits) {
    if (buckets.size() > MAX_KEPT) {
      buckets.clear();
    }
    return buckets.computeIfAbsent(
        hash.of(limit, key),
        k -> {
          var builder = Bucket.builder();
          for (Bandwidth bandwidth : limits.getBandwidths()) {
            builder.addLimit(bandwidth);
          }
          return builder.build();
        });
  }
}
