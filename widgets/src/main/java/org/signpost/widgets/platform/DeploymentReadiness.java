package org.signpost.widgets.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.signpost.core.setup.DatabaseReadiness;

/**
 * The deployment's readiness check, {@value DatabaseReadiness#NAME} in {@code /health/ready}.
 *
 * <p>Dependent, not application-scoped: Payara's health service calls the checks from a thread of
 * its own, and a check made lazily there would be wired with that thread's class loader. A
 * dependent check is made while the deployment starts.
 */
@Readiness
@Dependent
public class DeploymentReadiness implements HealthCheck {

  @Inject DatabaseReadiness readiness;

  @Override
  public HealthCheckResponse call() {
    return readiness.check();
  }
}
