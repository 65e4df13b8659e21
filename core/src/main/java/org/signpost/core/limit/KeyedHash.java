package org.signpost.core.limit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an allowance is kept under: an HMAC of the limit's name and the key, under a secret that
 * lives only in memory (this process's, or the data grid's), so that nothing kept names a client.
 */
final class KeyedHash {

  private final SecretKeySpec secret;

  KeyedHash(byte[] secret) {
    this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  String of(String limit, String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      mac.update(limit.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return limit
          + ':'
          + HexFormat.of()
              .formatHex(mac.doFinal(String.valueOf(key).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("the JDK offers no HMAC-SHA256", e);
    }
  }
}
