package org.signpost.core.limit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeoutException;
import java.util.function.Supplier;

/**
 * Where the token buckets of a limit live. A bucket in the data grid may fail to answer in time
 * while the grid reshapes after losing a member ({@link #askOr}): a limit then lets the request
 * through, since a reader's answer or a curator's sign-in matters more than a few seconds without a
 * limit.
 */
public interface Allowances {

  /**
   * The bucket of {@code key} (a client's address, a login) under a limit, made full with {@code
   * limits} the first time it is asked for, or again once it has been left unused long enough to
   * have refilled.
   *
   * @param limit the limit's name, such as {@code "feedback"}: each limit has buckets of its own
   */
  Bucket bucket(String limit, String key, BucketConfiguration limits);

  /**
   * What {@code question} to a bucket answers, or {@code meanwhile} when the bucket could not
   * answer in time; any other failure is not hidden.
   */
  static <T> T askOr(Supplier<T> question, T meanwhile) {
    try {
      return question.get();
    } catch (TimeoutException unanswered) {
      return meanwhile;
    }
  }
}
