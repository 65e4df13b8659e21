package org.signpost.core.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.signpost.core.limit.Allowances;
import org.signpost.core.limit.LocalAllowances;

/**
 * Slows down password guessing without locking anyone out. Each failed sign-in takes a token from
 * the client's bucket and from the login's bucket; when either is empty the next attempt is refused
 * before any password is checked, with how long to wait, and after the first few failures tokens
 * come back only one at a time, so each further guess waits longer. The login's bucket is kept for
 * any login typed, whether an account has it or not, so a refusal tells nothing about which logins
 * exist. A browser that signed in to the account before (a known device) skips the login's bucket:
 * a stranger guessing the administrator's password from elsewhere slows down only themselves. On a
 * cluster the buckets are the data grid's, so guesses spread over the instances count together.
 */
@ApplicationScoped
public class SignInThrottle {

  /** Failures a client may have at once, and how often one more is allowed. */
  static final BucketConfiguration PER_CLIENT =
      BucketConfiguration.builder()
          .addLimit(
              Bandwidth.builder().capacity(20).refillGreedy(1, Duration.ofSeconds(30)).build())
          .build();

  /** Failures at one login from unknown devices, and how often one more is allowed. */
  static final BucketConfiguration PER_LOGIN =
      BucketConfiguration.builder()
          .addLimit(Bandwidth.builder().capacity(10).refillGreedy(1, Duration.ofMinutes(1)).build())
          .build();

  private final Allowances allowances;

  /** A throttle of this process's own, for the core library used on its own. */
  public SignInThrottle() {
    this(new LocalAllowances());
  }

  /** A throttle over {@code allowances}: the data grid's on a cluster, so it holds across it. */
  @Inject
  public SignInThrottle(Allowances allowances) {
    this.allowances = allowances;
  }

  /**
   * Whether an attempt may go ahead now.
   *
   * @param knownDevice whether the browser signed in to this login before
   * @return empty when it may, else how long to wait
   */
  public Optional<Duration> pausedFor(String login, String client, boolean knownDevice) {
    return Allowances.askOr(
        () -> {
          Optional<Duration> wait = wait(clientBucket(client));
          if (wait.isEmpty() && !knownDevice) {
            wait = wait(loginBucket(login));
          }
          return wait;
        },
        Optional.empty());
  }

  /** Counts a failed attempt against the client and, from an unknown device, the login. */
  public void failed(String login, String client, boolean knownDevice) {
    Allowances.askOr(
        () -> {
          clientBucket(client).tryConsume(1);
          return knownDevice || loginBucket(login).tryConsume(1);
        },
        false);
  }

  private Bucket clientBucket(String client) {
    return allowances.bucket("sign-in-client", client == null ? "" : client, PER_CLIENT);
  }

  /** Logins are compared in lower case, whether an account has them or not. */
  private Bucket loginBucket(String login) {
    return allowances.bucket(
        "sign-in-login", login == null ? "" : login.strip().toLowerCase(Locale.ROOT), PER_LOGIN);
  }

  private static Optional<Duration> wait(Bucket bucket) {
    EstimationProbe probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()).plusMillis(999));
  }
}
