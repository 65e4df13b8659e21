package org.signpost.admin.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;

/** Who is signed in, for the console's pages. */
@Named
@RequestScoped
public class CurrentCurator {

  @Inject SecurityContext security;

  public String getLogin() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? "" : caller.getName();
  }

  /** The signed-in curator as core's services know them. */
  public Actor actor() {
    return new Actor(
        getLogin(),
        Arrays.stream(Role.values())
            .filter(role -> security.isCallerInRole(role.name()))
            .collect(Collectors.toSet()));
  }

  public boolean isAdmin() {
    return actor().actsAs(Role.ADMIN);
  }

  public boolean isEditor() {
    return actor().actsAs(Role.EDITOR);
  }

  public boolean isReviewer() {
    return actor().actsAs(Role.REVIEWER);
  }

  /** The roles held, in the order of their weight, such as {@code ADMIN, REVIEWER}. */
  /**
   * The roles held, by name ({@code ADMIN}, {@code EDITOR}, {@code REVIEWER}), for their labels.
   */
  public List<String> getRoles() {
    return Stream.of("ADMIN", "EDITOR", "REVIEWER").filter(security::isCallerInRole).toList();
  }
}
