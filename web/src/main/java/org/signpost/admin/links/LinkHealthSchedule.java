package org.signpost.admin.links;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.signpost.core.linkhealth.LinkCheckRun;
import org.signpost.core.linkhealth.LinkHealthChecks;

/**
 * Checks every resource's link on a schedule, on the server's managed scheduled executor: every
 * {@code signpost.links.check-hours} hours (24 by default; 0 turns the schedule off), the first run
 * {@code signpost.links.first-check-minutes} after start. Curators can also start a run.
 */
@Singleton
@Startup
public class LinkHealthSchedule {

  private static final Logger LOG = Logger.getLogger(LinkHealthSchedule.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject LinkHealthChecks checks;

  @Inject
  @ConfigProperty(name = "signpost.links.check-hours", defaultValue = "24")
  int everyHours;

  @Inject
  @ConfigProperty(name = "signpost.links.first-check-minutes", defaultValue = "10")
  int firstAfterMinutes;

  private ScheduledFuture<?> schedule;

  @PostConstruct
  void plan() {
    if (everyHours <= 0) {
      LOG.info("Scheduled link checks are off (signpost.links.check-hours = 0)");
      return;
    }
    schedule =
        executor.scheduleAtFixedRate(
            this::runScheduled,
            TimeUnit.MINUTES.toMillis(firstAfterMinutes),
            TimeUnit.HOURS.toMillis(everyHours),
            TimeUnit.MILLISECONDS);
  }

  private void runScheduled() {
    LinkCheckRun run = checks.start(executor);
    LOG.info(() -> "Scheduled link check started: " + run.total() + " addresses");
  }

  /** Starts a run now, or returns the one going. */
  public LinkCheckRun runNow() {
    return checks.start(executor);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
