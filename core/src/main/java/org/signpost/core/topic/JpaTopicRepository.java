package org.signpost.core.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.signpost.core.persistence.JpaStore;
import org.signpost.core.taxonomy.KeyStage;

/** Topics in the Signpost database through JPA. */
@ApplicationScoped
public class JpaTopicRepository extends JpaStore implements TopicRepository {

  protected JpaTopicRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaTopicRepository(EntityManager em) {
    super(em);
  }

  @Override
  public Optional<Topic> findBySlug(String slug) {
    return first(Topic.BY_SLUG, Topic.class, "slug", slug);
  }

  @Override
  public List<Topic> findByStatus(TopicStatus status) {
    return em.createNamedQuery(Topic.BY_STATUS, Topic.class)
        .setParameter("status", status)
        .getResultList();
  }

  @Override
  public List<Topic> findPublishedFor(KeyStage keyStage) {
    return em.createNamedQuery(Topic.PUBLISHED_FOR_KEY_STAGE, Topic.class)
        .setParameter("keyStage", keyStage)
        .getResultList();
  }

  @Override
  public List<Topic> findAll() {
    return em.createNamedQuery(Topic.ALL, Topic.class).getResultList();
  }

  @Override
  public List<Topic> findReviewDueBy(LocalDate date) {
    return em.createNamedQuery(Topic.REVIEW_DUE, Topic.class)
        .setParameter("date", date)
        .getResultList();
  }

  @Override
  public List<Topic> findHoldingChanges() {
    return em.createQuery(
            "SELECT t FROM Topic t WHERE t.approval.pendingRevision IS NOT NULL ORDER BY t.title",
            Topic.class)
        .getResultList();
  }

  @Override
  public List<Topic> findHolding(String resourceSlug) {
    return em.createQuery(
            "SELECT t FROM Topic t JOIN t.resources r WHERE r.slug = :slug ORDER BY t.title",
            Topic.class)
        .setParameter("slug", resourceSlug)
        .getResultList();
  }

  @Override
  public Topic store(Topic topic) {
    return store(topic, topic.id());
  }
}
