package org.signpost.admin.links;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.signpost.core.linkhealth.LinkCheckRun;
import org.signpost.core.linkhealth.LinkCheckSettings;
import org.signpost.core.linkhealth.LinkCheckTurn;
import org.signpost.core.linkhealth.LinkHealthChecks;

/**
 * Checks every resource's link on a schedule, on the server's managed scheduled executor, as often
 * as {@link LinkCheckSettings} says, and once per cluster however many instances keep the schedule
 * ({@link LinkCheckTurn}). Curators can also start a run.
 */
@Singleton
@Startup
public class LinkHealthSchedule {

  private static final Logger LOG = Logger.getLogger(LinkHealthSchedule.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject LinkHealthChecks checks;

  @Inject @ConfigProperties LinkCheckSettings settings;

  @Inject LinkCheckTurn turn;

  private ScheduledFuture<?> schedule;

  @PostConstruct
  void plan() {
    Optional<Duration> every = settings.every();
    if (every.isEmpty()) {
      LOG.info("Scheduled link checks are off (signpost.links.check-hours = 0)");
      return;
    }
    schedule =
        executor.scheduleAtFixedRate(
            this::runScheduled,
            settings.firstAfter().toMillis(),
            every.get().toMillis(),
            TimeUnit.MILLISECONDS);
  }

  private void runScheduled() {
    if (!turn.claim(settings.every().orElseThrow())) {
      LOG.fine("Scheduled link check: another instance of the cluster has this turn");
      return;
    }
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
