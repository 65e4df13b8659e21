package org.signpost.core.grid;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 of a purpose and a value, under a key never kept beside what it hashes (this
 * process's memory, or one made from the cluster's secret): what a limit's allowance is kept under,
 * so that nothing kept names a client.
 */
public final class KeyedHash {

  private final SecretKeySpec key;

  public KeyedHash(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /** {@code purpose:hex} of the HMAC of the purpose, a zero byte and the value. */
  public String of(String purpose, String value) {
    return purpose + ':' + HexFormat.of().formatHex(mac(purpose, String.valueOf(value)));
  }

  private byte[] mac(String purpose, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(purpose.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("the JDK offers no HMAC-SHA256", e);
    }
  }
}
