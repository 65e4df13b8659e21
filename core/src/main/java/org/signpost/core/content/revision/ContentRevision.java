package org.signpost.core.content.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.signpost.core.persistence.DatabaseFaults;
import org.signpost.core.persistence.SignpostState;
import org.signpost.core.persistence.SignpostUnit;

/**
 * The number that grows with every published change. It lives in the database, so every war and
 * every instance sees the same one; each reads it at most once per {@link #RECHECK} and keeps it in
 * between, which bounds how long a published change takes to show everywhere. Where a scheduler
 * calls {@link #refresh()} (the public side does), request threads never ask the database for it;
 * and while the database cannot be reached, the last revision read stands, so that what was
 * rendered for it keeps being served.
 */
@ApplicationScoped
public class ContentRevision {

  /** How long a read revision is trusted before the database is asked again. */
  public static final Duration RECHECK = Duration.ofMillis(500);

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  @Inject Event<ContentRevisionMoved> moves;

  Clock clock = Clock.systemUTC();

  private volatile long known = -1;
  private volatile Instant checkedAt = Instant.EPOCH;
  private volatile boolean watched;

  protected ContentRevision() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public ContentRevision(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /**
   * The current revision, as read from the database within the last {@link #RECHECK}, or the last
   * one read while the database cannot be reached.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long current() {
    Instant now = clock.instant();
    if (known >= 0 && (watched || !now.isAfter(checkedAt.plus(RECHECK)))) {
      return known;
    }
    readKeepingLastWhenAway(now);
    return known;
  }

  /**
   * Reads the revision now, for a scheduler that keeps it fresh off the request threads. A database
   * that cannot be reached leaves the last revision standing. It runs in a transaction of its own:
   * a scheduler's thread has none, and an entity manager outside one is closed under its feet.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refresh() {
    watched = true;
    readKeepingLastWhenAway(clock.instant());
  }

  /** Reads the revision; a database that cannot be reached leaves a known revision standing. */
  private void readKeepingLastWhenAway(Instant now) {
    try {
      known = read();
    } catch (RuntimeException e) {
      if (known < 0 || !DatabaseFaults.isUnreachable(e)) {
        throw e;
      }
    }
    checkedAt = now;
  }

  /**
   * Moves the revision on, in the caller's transaction, so that it moves exactly when the change
   * that caused it commits; says {@link ContentRevisionMoved} to observers of its commit.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void advance() {
    em.createQuery("UPDATE SignpostState s SET s.contentRevision = s.contentRevision + 1")
        .executeUpdate();
    checkedAt = Instant.EPOCH;
    if (moves != null) {
      moves.fire(new ContentRevisionMoved());
    }
  }

  private long read() {
    return em.createQuery(
            "SELECT s.contentRevision FROM SignpostState s WHERE s.id = :id", Long.class)
        .setParameter("id", SignpostState.ID)
        .getSingleResult();
  }
}
