package org.signpost.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.signpost.core.persistence.ServiceSecret;

/**
 * What a signed-in browser shows besides its session id: the id signed with the {@link
 * ServiceSecret}, which lives in the database. A cluster keeps its sessions in the data grid, keyed
 * by their ids, so whoever reads the grid reads the ids; without the proof, an id opens nothing.
 */
@ApplicationScoped
public class SessionProofs {

  private static final String PURPOSE = "console-session~";

  @Inject ServiceSecret secret;

  protected SessionProofs() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public SessionProofs(EntityManager em) {
    this.secret = new ServiceSecret(em);
  }

  /** The proof for a session that has just been signed in. */
  public String of(String sessionId) {
    return secret.sign(PURPOSE + sessionId);
  }

  /** Whether {@code proof} is the one made for this session id. */
  public boolean proves(String sessionId, String proof) {
    return sessionId != null && secret.signed(PURPOSE + sessionId, proof);
  }
}
