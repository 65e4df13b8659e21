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
 * the client's bucket, from the client's bucket at that login and from the login's bucket. When the
 * client's bucket, or its own bucket at the login, is empty the next attempt is refused before any
 * password is checked, with how long to wait; after the first few failures tokens come back only
 * one at a time, so each further guess waits longer.
 *
 * <p>Only clients that failed pay for a login's pause: the login's bucket, which counts the
 * failures of everyone at it, pauses only a client that has failed there {@value
 * #FAILURES_BEFORE_SHARED_PAUSE} times or more. So a stranger guessing at the administrator's login
 * from one address, for as long as they like, slows down only themselves, and the administrator
 * signs in on a new laptop (or after a typo or two) at once; guesses spread over many addresses get
 * a few each before every one of them is paused. A browser that signed in to the account before (a
 * known device) skips both of the login's buckets. Buckets are kept for any login typed, whether an
 * account has it or not, so a refusal tells nothing about which logins exist. On a cluster the
 * buckets are the data grid's, so guesses spread over the instances count together.
 */
@ApplicationScoped
public class SignInThrottle {

  /** Failures a client may have at once, at any logins, and how often one more is allowed. */
  static final BucketConfiguration PER_CLIENT =
      BucketConfiguration.builder()
          .addLimit(
              Bandwidth.builder().capacity(20).refillGreedy(1, Duration.ofSeconds(30)).build())
          .build();

  /** Failures one client may have at one login, and how often one more is allowed. */
  static final int PER_CLIENT_AT_LOGIN_CAPACITY = 10;

  static final BucketConfiguration PER_CLIENT_AT_LOGIN =
      BucketConfiguration.builder()
          .addLimit(
              Bandwidth.builder()
                  .capacity(PER_CLIENT_AT_LOGIN_CAPACITY)
                  .refillGreedy(1, Duration.ofMinutes(1))
                  .build())
          .build();

  /**
   * Failures at one login from every unknown device together, and how often one more is allowed.
   */
  static final BucketConfiguration PER_LOGIN =
      BucketConfiguration.builder()
          .addLimit(Bandwidth.builder().capacity(10).refillGreedy(1, Duration.ofMinutes(1)).build())
          .build();

  /** A client's recent failures at a login from which the login's own pause applies to it too. */
  static final int FAILURES_BEFORE_SHARED_PAUSE = 3;

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
            Bucket own = clientAtLoginBucket(login, client);
            wait = wait(own);
            if (wait.isEmpty() && recentFailures(own) >= FAILURES_BEFORE_SHARED_PAUSE) {
              wait = wait(loginBucket(login));
            }
          }
          return wait;
        },
        Optional.empty());
  }

  /**
   * Counts a failed attempt against the client and, from an unknown device, against the client at
   * that login and the login.
   */
  public void failed(String login, String client, boolean knownDevice) {
    Allowances.askOr(
        () -> {
          clientBucket(client).tryConsume(1);
          if (!knownDevice) {
            clientAtLoginBucket(login, client).tryConsume(1);
            loginBucket(login).tryConsume(1);
          }
          return true;
        },
        false);
  }

  private static long recentFailures(Bucket own) {
    return PER_CLIENT_AT_LOGIN_CAPACITY - own.getAvailableTokens();
  }

  private Bucket clientBucket(String client) {
    return allowances.bucket("sign-in-client", client == null ? "" : client, PER_CLIENT);
  }

  private Bucket clientAtLoginBucket(String login, String client) {
    return allowances.bucket(
        "sign-in-client-at-login",
        (client == null ? "" : client) + "\n" + normal(login),
        PER_CLIENT_AT_LOGIN);
  }

  private Bucket loginBucket(String login) {
    return allowances.bucket("sign-in-login", normal(login), PER_LOGIN);
  }

  /** Logins are compared in lower case, whether an account has them or not. */
  private static String normal(String login) {
    return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
  }

  private static Optional<Duration> wait(Bucket bucket) {
    EstimationProbe probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()).plusMillis(999));
  }
}
