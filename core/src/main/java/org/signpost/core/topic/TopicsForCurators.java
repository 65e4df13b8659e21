package org.signpost.core.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.signpost.core.persistence.FilteredQuery;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.persistence.SignpostUnit;

/**
 * Topics as curators find them in the console, in every status: filtered, sorted and a page at a
 * time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TopicsForCurators {

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  protected TopicsForCurators() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public TopicsForCurators(EntityManager em) {
    this.em = em;
  }

  /** One page of the topics that match, sorted by the column asked for and then by title. */
  public Page<TopicRow> find(
      @NotNull @Valid TopicFilter filter,
      @NotNull TopicOrder order,
      boolean ascending,
      @NotNull PageRequest page) {
    return FilteredQuery.over("Topic", "t")
        .containing(filter.text(), "text", "(LOWER(t.title) ? OR t.slug ? OR LOWER(t.owner) ?)")
        .when(filter.status(), "status", "t.status = :status")
        .when(filter.audience(), "audience", "t.audience = :audience")
        .page(
            em,
            Topic.class,
            order.path() + (ascending ? " ASC" : " DESC") + ", t.title ASC",
            page,
            TopicRow::of);
  }

  /**
   * Every topic, or every topic in one status, by title: the choices a form offers, all of them
   * however many there are.
   */
  public List<TopicChoice> choices(TopicStatus status) {
    String where = status == null ? "" : " WHERE t.status = :status";
    var query =
        em.createQuery(
            "SELECT NEW org.signpost.core.topic.TopicChoice(t.slug, t.title, t.status)"
                + " FROM Topic t"
                + where
                + " ORDER BY t.title, t.slug",
            TopicChoice.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultList();
  }

  /** How many topics stand in each status, every status present. */
  public Map<TopicStatus, Long> countByStatus() {
    Map<TopicStatus, Long> counts = new EnumMap<>(TopicStatus.class);
    for (TopicStatus status : TopicStatus.values()) {
      counts.put(status, 0L);
    }
    em.createQuery("SELECT t.status, COUNT(t) FROM Topic t GROUP BY t.status", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((TopicStatus) row[0], (Long) row[1]));
    return counts;
  }
}
