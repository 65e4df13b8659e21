package org.signpost.core.content.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.signpost.core.persistence.SignpostUnit;

/** Keeps and reads the revisions of content, numbering them per subject. */
@ApplicationScoped
public class RevisionLog {

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  Clock clock = Clock.systemUTC();

  protected RevisionLog() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public RevisionLog(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** Records a saved change; it becomes the subject's newest revision. */
  public Revision record(
      RevisionSubject subject, String key, String author, String summary, String snapshot) {
    Integer last =
        em.createNamedQuery(Revision.LAST_NUMBER, Integer.class)
            .setParameter("subject", subject)
            .setParameter("key", key)
            .getSingleResult();
    Revision revision =
        new Revision(
            subject, key, last == null ? 1 : last + 1, author, summary, snapshot, clock.instant());
    em.persist(revision);
    return revision;
  }

  /** The subject's revisions, newest first. */
  public List<Revision> of(RevisionSubject subject, String key) {
    return em.createNamedQuery(Revision.OF_SUBJECT, Revision.class)
        .setParameter("subject", subject)
        .setParameter("key", key)
        .getResultList();
  }
}
