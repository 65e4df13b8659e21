package org.signpost.widgets.render;

import fish.payara.micro.cdi.Inbound;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.content.revision.ContentRevisionMoved;
import org.signpost.core.setup.DeployedModules;
import org.signpost.widgets.platform.WidgetsStartup;

/**
 * Reads the content revision on the server's scheduler every {@link ContentRevision#RECHECK}, so
 * that no reader's request waits on the database to learn whether what was rendered still holds,
 * and so that it still holds while the database is away. A startup singleton, as the console's
 * link-check schedule is, so that the scheduler runs it with the application's own context. On a
 * cluster, the console that published a change says so to every instance, which then reads the
 * revision at once; the check every {@link ContentRevision#RECHECK} remains the fallback.
 */
@Singleton
@Startup
public class RevisionWatch {

  private static final Logger LOG = Logger.getLogger(RevisionWatch.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  @Inject ContentRevision revision;

  private ScheduledFuture<?> task;
  private volatile String lastProblem;

  @PostConstruct
  void start() {
    long every = ContentRevision.RECHECK.toMillis();
    task = executor.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Reads the revision at once when the cluster says a change moved it, rather than at the next
   * check.
   */
  public void heard(@Observes @Inbound ContentRevisionMoved moved) {
    refresh();
  }

  private void refresh() {
    if (!DeployedModules.hasStarted(WidgetsStartup.MODULE)) {
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
