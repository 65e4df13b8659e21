package org.signpost.core.grid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The data grid's name, made from the cluster's secret. Hazelcast's open edition has no sign-in: a
 * member or a client joins a grid by naming it. A name nobody can guess without the secret is what
 * keeps strangers out; {@code cluster.sh} makes the same one ({@code cluster.sh grid-name}).
 */
public final class GridName {

  /** Hashed after the secret and a new line, so that the name is of this use alone. */
  static final String USE = "signpost data grid";

  private GridName() {}

  /** {@code signpost-} and the first 32 hex digits of SHA-256 of the secret, "\n" and the use. */
  public static String of(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((secret + "\n" + USE).getBytes(StandardCharsets.UTF_8));
      return "signpost-" + HexFormat.of().formatHex(digest).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK offers no SHA-256", e);
    }
  }
}
