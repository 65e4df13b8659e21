package org.signpost.core.grid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret every instance of a cluster is given ({@code SIGNPOST_CLUSTER_SECRET}): the grid's
 * name is made from it, and so is the key the grid's allowances are hashed with, so that neither is
 * kept in the grid. Absent on a single instance.
 */
@ApplicationScoped
public class ClusterSecret {

  /** Shorter secrets are refused: a name made from them could be found by trying. */
  public static final int MIN_LENGTH = 24;

  @Inject
  @ConfigProperty(name = "signpost.cluster.secret")
  Optional<String> secret;

  protected ClusterSecret() {}

  public ClusterSecret(String secret) {
    this.secret = Optional.ofNullable(secret);
  }

  public Optional<String> value() {
    return secret.map(String::strip).filter(s -> !s.isEmpty());
  }

  /** The grid's name made from the secret, when there is one. */
  public Optional<String> gridName() {
    return value().map(GridName::of);
  }

  /** A key for {@code use}, made from the secret, when there is one. */
  public Optional<KeyedHash> hash(String use) {
    return value()
        .map(s -> new KeyedHash(s.getBytes(StandardCharsets.UTF_8)).of(use, "key"))
        .map(key -> new KeyedHash(key.getBytes(StandardCharsets.UTF_8)));
  }
}
