package org.signpost.widgets.render;

import fish.payara.micro.cdi.Inbound;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.content.revision.ContentRevisionMoved;
import org.signpost.core.setup.SignpostStartup;

/**
 * Reads the content revision on the server's scheduler every {@link ContentRevision#RECHECK}, so
 * that no reader's request waits on the database to learn whether what was rendered still holds,
 * and so that it still holds while the database is away. A startup singleton, as the console's
 * link-check schedule is, so that the scheduler runs it with the application's own context. A
 * change committed in this process is heard at once; on a cluster, the instance that committed it
 * tells the others ({@link RevisionAnnouncer}), which then read the revision at once too; the check
 * every {@link ContentRevision#RECHECK} remains the fallback.
 */
@Singleton
@Startup
public class RevisionWatch {

  private static final Logger LOG = Logger.getLogger(RevisionWatch.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject ContentRevision revision;
  @Inject SignpostStartup startup;

  private ScheduledFuture<?> task;
  private volatile String lastProblem;

  @PostConstruct
  void start() {
    long every = ContentRevision.RECHECK.toMillis();
    task = executor.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
  }

  /** Reads the revision at once when a change committed here moved it. */
  public void committed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) @Default ContentRevisionMoved moved) {
    refresh();
  }

  /**
   * Reads the revision at once when another instance of the cluster says a change moved it, rather
   * than at the next check.
   */
  public void heard(@Observes @Inbound ContentRevisionMoved moved) {
    refresh();
  }

  private void refresh() {
    if (!startup.hasStarted()) {
      return; // the schema may not be there yet
    }
    try {
      revision.refresh();
      lastProblem = null;
    } catch (RuntimeException e) {
      // The database is away, or a fault of ours: said once, tried again next time.
      String problem = String.valueOf(e.getMessage());
      if (!problem.equals(lastProblem)) {
        LOG.log(Level.WARNING, "The content revision could not be read: " + problem);
        lastProblem = problem;
      }
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
