package org.signpost.core.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without locking anyone out. Each failed sign-in takes a token from
 * the client's bucket and from the login's bucket; when either is empty the next attempt is refused
 * before any password is checked, with how long to wait, and after the first few failures tokens
 * come back only one at a time, so each further guess waits longer. The login's bucket is kept for
 * any login typed, whether an account has it or not, so a refusal tells nothing about which logins
 * exist. A browser that signed in to the account before (a known device) skips the login's bucket:
 * a stranger guessing the administrator's password from elsewhere slows down only themselves.
 */
@ApplicationScoped
public class SignInThrottle {

  /** Failures a client may have at once, and how often one more is allowed. */
  static final Bandwidth PER_CLIENT =
      Bandwidth.builder().capacity(20).refillGreedy(1, Duration.ofSeconds(30)).build();

  /** Failures at one login from unknown devices, and how often one more is allowed. */
  static final Bandwidth PER_LOGIN =
      Bandwidth.builder().capacity(10).refillGreedy(1, Duration.ofMinutes(1)).build();

  /** Above this many clients or logins the buckets are forgotten; a forgotten one starts full. */
  static final int MAX_KEPT = 100_000;

  private final ConcurrentHashMap<String, Bucket> clients = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Bucket> logins = new ConcurrentHashMap<>();

  /**
   * Whether an attempt may go ahead now.
   *
   * @param knownDevice whether the browser signed in to this login before
   * @return empty when it may, else how long to wait
   */
  public Optional<Duration> pausedFor(String login, String client, boolean knownDevice) {
    Optional<Duration> wait = wait(bucket(clients, clientKey(client), PER_CLIENT));
    if (wait.isEmpty() && !knownDevice) {
      wait = wait(bucket(logins, loginKey(login), PER_LOGIN));
    }
    return wait;
  }

  /** Counts a failed attempt against the client and, from an unknown device, the login. */
  public void failed(String login, String client, boolean knownDevice) {
    bucket(clients, clientKey(client), PER_CLIENT).tryConsume(1);
    if (!knownDevice) {
      bucket(logins, loginKey(login), PER_LOGIN).tryConsume(1);
    }
  }

  /** Forgets every allowance used, as after a restart. */
  public void reset() {
    clients.clear();
    logins.clear();
  }

  private static String clientKey(String client) {
    return client == null ? "" : client;
  }

  /** Logins are compared in lower case, whether an account has them or not. */
  private static String loginKey(String login) {
    return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
  }

  private static Bucket bucket(
      ConcurrentHashMap<String, Bucket> buckets, String key, Bandwidth limit) {
    if (buckets.size() > MAX_KEPT) {
      buckets.clear();
    }
    return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit).build());
  }

  private static Optional<Duration> wait(Bucket bucket) {
    EstimationProbe probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()).plusMillis(999));
  }
}
