package org.signpost.widgets.feedback;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.signpost.core.feedback.FeedbackLimits;

/**
 * A token bucket per client, so that one client cannot flood the feedback store. Clients are told
 * apart by a keyed hash of their address that lives only in memory, under a key made at start-up:
 * no address is stored or could be recovered from what is kept.
 */
@ApplicationScoped
public class SubmissionThrottle {

  /** Above this many clients the oldest buckets are forgotten; a forgotten client starts full. */
  static final int MAX_CLIENTS = 100_000;

  @Inject FeedbackLimits settings;

  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private byte[] pepper;

  @PostConstruct
  void start() {
    pepper = new byte[32];
    new SecureRandom().nextBytes(pepper);
  }

  /**
   * Takes one submission from the client's allowance.
   *
   * @return empty when allowed, else how many seconds to wait
   */
  public OptionalLong take(String clientAddress) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear();
    }
    Bucket bucket = buckets.computeIfAbsent(anonymous(clientAddress), key -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(settings.burst())
                .refillGreedy(settings.perMinute(), Duration.ofMinutes(1))
                .build())
        .build();
  }

  private String anonymous(String address) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(pepper);
      return HexFormat.of()
          .formatHex(digest.digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK offers no SHA-256", e);
    }
  }
}
