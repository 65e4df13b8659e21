package org.signpost.core.resource.editing;

import java.util.List;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.content.review.ReviewAct;

/**
 * What a curator can do with resources, each with the roles that may do it and whether readers see
 * it: the one statement of who may do what, which {@link ResourceEditing} enforces.
 */
public enum ResourceAction implements ReviewAct {
  CREATE("create resources", List.of(Role.EDITOR, Role.ADMIN), false),
  SAVE("edit resources", List.of(Role.EDITOR, Role.ADMIN), false),
  RESTORE("restore resources", List.of(Role.EDITOR, Role.ADMIN), false),
  APPROVE("approve resources", List.of(Role.REVIEWER, Role.ADMIN), true),
  DISCARD_CHANGES("discard changes to resources", List.of(Role.EDITOR, Role.ADMIN), false),
  ARCHIVE("archive resources", List.of(Role.EDITOR, Role.ADMIN), true),
  REINSTATE("reinstate resources", List.of(Role.EDITOR, Role.ADMIN), true);

  private final String what;
  private final Role[] roles;
  private final boolean readersSeeIt;

  ResourceAction(String what, List<Role> roles, boolean readersSeeIt) {
    this.what = what;
    this.roles = roles.toArray(Role[]::new);
    this.readersSeeIt = readersSeeIt;
  }

  @Override
  public boolean permits(Actor actor) {
    return actor.holdsAny(roles);
  }

  @Override
  public void require(Actor actor) {
    actor.require(what, roles);
  }

  @Override
  public boolean readersSeeIt() {
    return readersSeeIt;
  }
}
