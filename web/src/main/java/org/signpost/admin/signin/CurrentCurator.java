package org.signpost.admin.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
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
    return security.isCallerInRole(Role.ADMIN.name());
  }

  public boolean isEditor() {
    return security.isCallerInRole(Role.EDITOR.name()) || isAdmin();
  }

  public boolean isReviewer() {
    return security.isCallerInRole(Role.REVIEWER.name()) || isAdmin();
  }

  /** The roles held, in the order of their weight, such as {@code ADMIN, REVIEWER}. */
  public String getRoles() {
    return Stream.of("ADMIN", "EDITOR", "REVIEWER")
        .filter(security::isCallerInRole)
        .collect(Collectors.joining(", "));
  }
}
