package org.signpost.core.content.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.signpost.core.persistence.SignpostState;
import org.signpost.core.persistence.SignpostUnit;

/**
 * The number that grows with every published change. It lives in the database, so every war and
 * every instance sees the same one; each reads it at most once per {@link #RECHECK} and keeps it in
 * between, which bounds how long a published change takes to show everywhere.
 */
@ApplicationScoped
public class ContentRevision {

  /** How long a read revision is trusted before the database is asked again. */
  public static final Duration RECHECK = Duration.ofMillis(500);

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  Clock clock = Clock.systemUTC();

  private volatile long known = -1;
  private volatile Instant checkedAt = Instant.EPOCH;

  protected ContentRevision() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public ContentRevision(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** The current revision, as read from the database within the last {@link #RECHECK}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long current() {
    Instant now = clock.instant();
    if (known < 0 || now.isAfter(checkedAt.plus(RECHECK))) {
      known = read();
      checkedAt = now;
    }
    return known;
  }

  /**
   * Moves the revision on, in the caller's transaction, so that it moves exactly when the change
   * that caused it commits.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void advance() {
    em.createQuery("UPDATE SignpostState s SET s.contentRevision = s.contentRevision + 1")
        .executeUpdate();
    checkedAt = Instant.EPOCH;
  }

  private long read() {
    return em.createQuery(
            "SELECT s.contentRevision FROM SignpostState s WHERE s.id = :id", Long.class)
        .setParameter("id", SignpostState.ID)
        .getSingleResult();
  }
}
