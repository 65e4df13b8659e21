package org.signpost.core.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.signpost.core.persistence.JpaStore;

/** Feedback in the Signpost database through JPA. */
@ApplicationScoped
public class JpaFeedbackRepository extends JpaStore implements FeedbackRepository {

  private static final String SUMMARY =
      "SELECT NEW org.signpost.core.feedback.FeedbackSummary(f.topicSlug, COUNT(f),"
          + " SUM(CASE WHEN f.helpful = TRUE THEN 1 ELSE 0 END)) FROM Feedback f"
          + " WHERE f.receivedAt >= :from AND f.receivedAt < :to";

  protected JpaFeedbackRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaFeedbackRepository(EntityManager em) {
    super(em);
  }

  @Override
  public Feedback store(Feedback feedback) {
    em.persist(feedback);
    return feedback;
  }

  @Override
  public Optional<Feedback> findBySubmissionKey(String key) {
    return em.createQuery("SELECT f FROM Feedback f WHERE f.submissionKey = :key", Feedback.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<FeedbackSummary> summarise(FeedbackPeriod period) {
    return em.createQuery(
            SUMMARY + " GROUP BY f.topicSlug ORDER BY COUNT(f) DESC, f.topicSlug",
            FeedbackSummary.class)
        .setParameter("from", period.from())
        .setParameter("to", period.to())
        .getResultList();
  }

  @Override
  public FeedbackSummary summarise(String topic, FeedbackPeriod period) {
    return em.createQuery(
            SUMMARY + " AND f.topicSlug = :topic GROUP BY f.topicSlug", FeedbackSummary.class)
        .setParameter("from", period.from())
        .setParameter("to", period.to())
        .setParameter("topic", topic)
        .getResultStream()
        .findFirst()
        .orElse(new FeedbackSummary(topic, 0L, 0L));
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(f) FROM Feedback f", Long.class).getSingleResult();
  }
}
