package org.signpost.widgets.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.signpost.core.setup.DatabaseReadiness;

/**
 * This deployment's readiness check, named for it: {@code signpost-widgets}.
 *
 * <p>Dependent, not application-scoped: Payara's health service calls every deployment's checks
 * from one thread with one deployment's class loader, and a check made lazily there would be wired
 * with that deployment's classes. A dependent check is made while its own deployment starts.
 */
@Readiness
@Dependent
public class WidgetsReadiness implements HealthCheck {

  @Inject DatabaseReadiness readiness;

  @Override
  public HealthCheckResponse call() {
    return readiness.check(WidgetsStartup.MODULE);
  }
}
