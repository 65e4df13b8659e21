package org.signpost.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The service's one signing secret, kept in the database so that the console, the public side and
 * every instance agree on it without sharing memory; made by whichever gets there first. Signs
 * preview links and known-device marks with HMAC-SHA256.
 */
@ApplicationScoped
public class ServiceSecret {

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  private volatile byte[] key;

  protected ServiceSecret() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public ServiceSecret(EntityManager em) {
    this.em = em;
  }

  /** The signature of the text, URL-safe. */
  @Transactional
  public String sign(String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key(), ALGORITHM));
      return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Whether the signature is the text's, compared in constant time. */
  @Transactional
  public boolean signed(String payload, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(payload).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
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
