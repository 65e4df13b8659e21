package org.signpost.admin.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Who is signed in, for the console's pages. */
@Named
@RequestScoped
public class CurrentCurator {

  @Inject SecurityContext security;

  public String getLogin() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? "" : caller.getName();
  }

  /** The roles held, in the order of their weight, such as {@code ADMIN, REVIEWER}. */
  public String getRoles() {
    return Stream.of("ADMIN", "EDITOR", "REVIEWER")
        .filter(security::isCallerInRole)
        .collect(Collectors.joining(", "));
  }
}
