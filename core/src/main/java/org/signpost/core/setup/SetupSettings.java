package org.signpost.core.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of starting up, from MicroProfile Config (environment variables override them, such
 * as {@code SIGNPOST_DEMO_CONTENT}): the first start's demo content and administrator, what the
 * health checks may tell, and whether the console's cookies go over HTTPS only.
 */
@ApplicationScoped
public class SetupSettings {

  @Inject
  @ConfigProperty(name = "signpost.demo-content")
  boolean demoContent;

  @Inject
  @ConfigProperty(name = "signpost.admin.login")
  String adminLogin;

  @Inject
  @ConfigProperty(name = "signpost.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "signpost.health.details")
  boolean healthDetails;

  @Inject
  @ConfigProperty(name = "signpost.secure-cookies")
  boolean secureCookies;

  /** Whether the console's cookies go only over HTTPS: on wherever people reach it by HTTPS. */
  public boolean secureCookies() {
    return secureCookies;
  }

  /** Whether health checks may tell what they found inside (versions, errors, memory). */
  public boolean healthDetails() {
    return healthDetails;
  }

  /** Whether an empty installation is filled with the demo pack on its first start. */
  public boolean demoContent() {
    return demoContent;
  }

  public String adminLogin() {
    return adminLogin;
  }

  /** The first administrator's password; when absent, a random one is made and logged once. */
  public Optional<String> adminPassword() {
    return adminPassword.filter(p -> !p.isBlank());
  }
}
