package org.signpost.core.linkhealth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.signpost.core.resource.LinkCheck;
import org.signpost.core.resource.LinkHealth;

/**
 * Runs link checks over every resource in use: each distinct address once, at most {@link
 * #CONCURRENCY} at a time, on the executor the caller gives (in the console, the server's managed
 * executor). One run at a time: asking while one is going returns that one.
 */
@ApplicationScoped
public class LinkHealthChecks {

  public static final int CONCURRENCY = 4;
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(LinkHealthChecks.class.getName());

  @Inject LinkHealthRecorder recorder;
  @Inject @ConfigProperties LinkCheckSettings settings;

  Clock clock = Clock.systemUTC();
  private LinkChecker checker;
  private volatile LinkCheckRun current;

  protected LinkHealthChecks() {}

  public LinkHealthChecks(LinkHealthRecorder recorder, LinkChecker checker, Clock clock) {
    this.recorder = recorder;
    this.checker = checker;
    this.clock = clock;
  }

  /** The server's instance: its checker follows the setting (the tests' constructor gives one). */
  @PostConstruct
  void makeChecker() {
    checker = new LinkChecker(TIMEOUT, clock, settings.privateAddressesAllowed());
  }

  /** Starts a run unless one is going, and returns the run that is going. */
  public synchronized LinkCheckRun start(Executor executor) {
    if (current != null && !current.finished()) {
      return current;
    }
    List<String> addresses = recorder.addresses();
    LinkCheckRun run = new LinkCheckRun(addresses.size(), clock.instant());
    current = run;
    if (addresses.isEmpty()) {
      run.finish(clock.instant());
      return run;
    }
    Queue<String> queue = new ConcurrentLinkedQueue<>(addresses);
    int workers = Math.min(CONCURRENCY, addresses.size());
    AtomicInteger working = new AtomicInteger(workers);
    for (int i = 0; i < workers; i++) {
      executor.execute(
          () -> {
            try {
              for (String address = queue.poll(); address != null; address = queue.poll()) {
                checkOne(run, address);
              }
            } finally {
              if (working.decrementAndGet() == 0) {
                run.finish(clock.instant());
              }
            }
          });
    }
    return run;
  }

  /** Checks one address now and records it; for the editor's "check this link" button. */
  public LinkCheck checkNow(String address) {
    LinkHealth health = checker.check(address);
    recorder.record(address, health);
    return health.view();
  }

  /** The run going now, or the last one since the application started. */
  public Optional<LinkCheckRun> latest() {
    return Optional.ofNullable(current);
  }

  private void checkOne(LinkCheckRun run, String address) {
    LinkHealth health;
    try {
      health = checker.check(address);
      recorder.record(address, health);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record the check of " + address, e);
      run.checked(org.signpost.core.resource.LinkStatus.UNCHECKED);
      return;
    }
    run.checked(health.status());
  }
}
