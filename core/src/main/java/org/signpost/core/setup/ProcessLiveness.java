package org.signpost.core.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live means the deployment answers at all. A database outage makes Signpost unready, not dead:
 * restarting the process would not bring the database back. The free memory is told only with
 * {@code signpost.health.details} on.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

  @Inject @ConfigProperties SetupSettings settings;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("signpost-process").up();
    if (settings.healthDetails()) {
      response.withData("freeMemoryMiB", Runtime.getRuntime().freeMemory() / (1024 * 1024));
    }
    return response.build();
  }
}
