package org.signpost.core.setup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live means the deployment answers at all. A database outage makes Signpost unready, not dead:
 * restarting the process would not bring the database back.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("signpost-process")
        .up()
        .withData("freeMemoryMiB", Runtime.getRuntime().freeMemory() / (1024 * 1024))
        .build();
  }
}
