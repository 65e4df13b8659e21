package org.signpost.core.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.signpost.core.content.Slugs;
import org.signpost.core.persistence.SignpostState;
import org.signpost.core.persistence.SignpostUnit;

/**
 * Signed, short-lived links that let a curator see a draft exactly as readers would, although
 * drafts are not public. A token names one topic and when it expires, signed with HMAC-SHA256 under
 * a secret kept in the database, so the console and the public side (separate applications, perhaps
 * separate instances) agree on it without sharing memory.
 */
@ApplicationScoped
public class PreviewTokens {

  /** How long a preview link works. */
  public static final Duration LIFETIME = Duration.ofMinutes(30);

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  Clock clock = Clock.systemUTC();
  private volatile byte[] key;

  protected PreviewTokens() {}

  public PreviewTokens(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** A token for the topic, valid for {@link #LIFETIME}. */
  @Transactional
  public String issue(String slug) {
    String payload = Slugs.require(slug) + "." + clock.instant().plus(LIFETIME).getEpochSecond();
    return payload + "." + sign(payload);
  }

  /** The topic a token names, when its signature holds and it has not expired. */
  @Transactional
  public Optional<String> verify(String token) {
    if (token == null || token.length() > 200) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || !Slugs.isValid(parts[0]) || !parts[1].matches("[0-9]{1,12}")) {
      return Optional.empty();
    }
    String payload = parts[0] + "." + parts[1];
    boolean genuine =
        MessageDigest.isEqual(
            sign(payload).getBytes(StandardCharsets.US_ASCII),
            parts[2].getBytes(StandardCharsets.US_ASCII));
    boolean current = clock.instant().getEpochSecond() < Long.parseLong(parts[1]);
    return genuine && current ? Optional.of(parts[0]) : Optional.empty();
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key(), ALGORITHM));
      return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private byte[] key() {
    if (key == null) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      // Only the first instance to get here stores its key; everyone then reads the stored one.
      em.createQuery(
              "UPDATE SignpostState s SET s.previewKey = :key"
                  + " WHERE s.id = :id AND s.previewKey IS NULL")
          .setParameter("key", ENCODER.encodeToString(fresh))
          .setParameter("id", SignpostState.ID)
          .executeUpdate();
      String stored =
          em.createQuery("SELECT s.previewKey FROM SignpostState s WHERE s.id = :id", String.class)
              .setParameter("id", SignpostState.ID)
              .getSingleResult();
      key = Base64.getUrlDecoder().decode(stored);
    }
    return key;
  }
}
