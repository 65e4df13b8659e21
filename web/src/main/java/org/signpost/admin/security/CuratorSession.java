package org.signpost.admin.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who signed in to a session, with the roles they had then, kept as a plain session attribute. The
 * console's sessions are distributable: the next request may reach another instance of the cluster
 * (the one that signed the curator in may have died), which restores the caller from this, not from
 * anything only the first instance's container held. {@link CurrentAccountFilter} checks on every
 * request that the account still allows a session from {@code signedInAt}, so roles changed since
 * end the session rather than linger in it.
 */
public record CuratorSession(String login, Set<String> roles, Instant signedInAt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String ATTRIBUTE = CuratorSession.class.getName();

  public CuratorSession {
    roles = Set.copyOf(roles);
  }

  /** The curator signed in to the session, or null when none is (or there is no session). */
  public static CuratorSession of(HttpSession session) {
    return session == null ? null : (CuratorSession) session.getAttribute(ATTRIBUTE);
  }

  void keepIn(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }
}
