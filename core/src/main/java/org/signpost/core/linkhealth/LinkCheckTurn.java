package org.signpost.core.linkhealth;

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
 * Whose turn it is to run the scheduled link check. Every instance of a cluster keeps the schedule;
 * the first whose timer fires once a turn is due claims it in the shared database, in one update
 * that only one instance can win, and the others skip that turn. An instance that dies therefore
 * costs no check: the next timer to fire anywhere takes the turn.
 */
@ApplicationScoped
public class LinkCheckTurn {

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  Clock clock = Clock.systemUTC();

  protected LinkCheckTurn() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public LinkCheckTurn(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /**
   * Claims the scheduled check when none started within the last {@code every} (less a tenth, as
   * instances' timers drift apart): true for the one instance that should run it now.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(Duration every) {
    Instant now = clock.instant();
    Instant due = now.minus(every.minus(every.dividedBy(10)));
    return em.createQuery(
                "UPDATE SignpostState s SET s.linkCheckStartedAt = :now WHERE s.id = :id"
                    + " AND (s.linkCheckStartedAt IS NULL OR s.linkCheckStartedAt <= :due)")
            .setParameter("now", now)
            .setParameter("id", SignpostState.ID)
            .setParameter("due", due)
            .executeUpdate()
        == 1;
  }
}
