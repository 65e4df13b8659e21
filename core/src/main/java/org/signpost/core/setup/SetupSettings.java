package org.signpost.core.setup;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of starting up, from MicroProfile Config (environment variables override them, such
 * as {@code SIGNPOST_DEMO_CONTENT}): the first start's demo content and administrator, what the
 * health checks may tell, and whether the console's cookies go over HTTPS only.
 */
@Dependent
@ConfigProperties(prefix = "signpost")
public class SetupSettings {

  @ConfigProperty(name = "demo-content")
  boolean demoContent;

  @ConfigProperty(name = "admin.login")
  String adminLogin;

  @ConfigProperty(name = "admin.password")
  Optional<String> adminPassword;

  @ConfigProperty(name = "health.details")
  boolean healthDetails;

  @ConfigProperty(name = "secure-cookies")
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
