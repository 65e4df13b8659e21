package org.signpost.admin.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where people reach Signpost: the public side at {@code signpost.public.url} and the console at
 * {@code signpost.console.url} when set, otherwise at the root of the host the console was reached
 * on and at the console's own path there (the two wars share a host in signpost-micro.jar).
 */
@ApplicationScoped
public class PublicAddress {

  @Inject
  @ConfigProperty(name = "signpost.public.url", defaultValue = " ")
  String configured;

  @Inject
  @ConfigProperty(name = "signpost.console.url", defaultValue = " ")
  String configuredConsole;

  /** The public side's address, such as {@code https://signpost.example}. */
  public String base(HttpServletRequest request) {
    return configured.isBlank() ? host(request) : withoutSlash(configured);
  }

  /** The console's address, such as {@code https://signpost.example/admin}. */
  public String console(HttpServletRequest request) {
    return configuredConsole.isBlank()
        ? host(request) + request.getContextPath()
        : withoutSlash(configuredConsole);
  }

  private static String withoutSlash(String address) {
    return address.strip().replaceAll("/+$", "");
  }

  private static String host(HttpServletRequest request) {
    boolean usualPort =
        (request.getScheme().equals("https") && request.getServerPort() == 443)
            || (request.getScheme().equals("http") && request.getServerPort() == 80);
    return request.getScheme()
        + "://"
        + request.getServerName()
        + (usualPort ? "" : ":" + request.getServerPort());
  }
}
