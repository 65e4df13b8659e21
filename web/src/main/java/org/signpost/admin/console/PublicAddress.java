package org.signpost.admin.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where readers reach Signpost's public side: {@code signpost.public.url} when set, otherwise the
 * root of the host the console was reached on (the two wars share it in signpost-micro.jar).
 */
@ApplicationScoped
public class PublicAddress {

  @Inject
  @ConfigProperty(name = "signpost.public.url", defaultValue = " ")
  String configured;

  public String base(HttpServletRequest request) {
    if (!configured.isBlank()) {
      return configured.strip().replaceAll("/+$", "");
    }
    boolean usualPort =
        (request.getScheme().equals("https") && request.getServerPort() == 443)
            || (request.getScheme().equals("http") && request.getServerPort() == 80);
    return request.getScheme()
        + "://"
        + request.getServerName()
        + (usualPort ? "" : ":" + request.getServerPort());
  }
}
