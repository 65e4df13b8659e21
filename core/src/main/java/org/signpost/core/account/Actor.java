package org.signpost.core.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is doing something, with the roles they hold: what services check before they change content.
 */
public record Actor(String login, Set<Role> roles) {

  public Actor {
    if (login == null || login.isBlank()) {
      throw new IllegalArgumentException("an actor needs a login");
    }
    roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public static Actor of(String login, Role... roles) {
    return new Actor(login, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
  }

  /** Whether the actor holds any of the roles. */
  public boolean holdsAny(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the actor acts in the role: an administrator acts in every role. */
  public boolean actsAs(Role role) {
    return roles.contains(role) || roles.contains(Role.ADMIN);
  }

  /**
   * Checks that the actor holds one of the roles.
   *
   * @throws NotPermittedException naming what was asked and who may do it
   */
  public void require(String action, Role... wanted) {
    if (!holdsAny(wanted)) {
      throw new NotPermittedException(login, action, wanted);
    }
  }

  /**
   * Checks that the actor is a curator at all, in any role: for what every console page may read.
   *
   * @throws NotPermittedException naming what was asked and who may do it
   */
  public void requireCurator(String action) {
    require(action, Role.EDITOR, Role.REVIEWER, Role.ADMIN);
  }
}
