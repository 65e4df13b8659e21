package org.signpost.core.linkhealth;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.signpost.core.resource.LinkStatus;

/**
 * One run over every address, as it goes: how many are done out of how many, and what they found.
 */
public class LinkCheckRun {

  private final int total;
  private final Instant startedAt;
  private final AtomicInteger done = new AtomicInteger();
  private final Map<LinkStatus, AtomicInteger> found = new EnumMap<>(LinkStatus.class);
  private volatile Instant finishedAt;

  LinkCheckRun(int total, Instant startedAt) {
    this.total = total;
    this.startedAt = startedAt;
    for (LinkStatus status : LinkStatus.values()) {
      found.put(status, new AtomicInteger());
    }
  }

  void checked(LinkStatus status) {
    found.get(status).incrementAndGet();
    done.incrementAndGet();
  }

  void finish(Instant at) {
    finishedAt = at;
  }

  public int total() {
    return total;
  }

  public int done() {
    return done.get();
  }

  /** Done as a whole percentage, 100 for a run with nothing to check. */
  public int percent() {
    return total == 0 ? 100 : (int) (100L * done.get() / total);
  }

  public boolean finished() {
    return finishedAt != null;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public int found(LinkStatus status) {
    return found.get(status).get();
  }
}
