package org.signpost.core.limit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/** Where the token buckets of a limit live. */
public interface Allowances {

  /**
   * The bucket of {@code key} (a client's address, a login) under a limit, made full with {@code
   * limits} the first time it is asked for, or again once it has been left unused long enough to
   * have refilled.
   *
   * @param limit the limit's name, such as {@code "feedback"}: each limit has buckets of its own
   */
  Bucket bucket(String limit, String key, BucketConfiguration limits);
}
