package org.signpost.core.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.persistence.SignpostUnit;

/**
 * Topics as curators find them in the console, in every status: filtered, sorted and a page at a
 * time, and one topic opened for editing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TopicListing {

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  protected TopicListing() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public TopicListing(EntityManager em) {
    this.em = em;
  }

  /** One page of the topics that match, sorted by the column asked for and then by title. */
  public Page<TopicRow> find(
      @NotNull @Valid TopicFilter filter,
      @NotNull TopicOrder order,
      boolean ascending,
      @NotNull PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (filter.text() != null) {
      conditions.add(
          "(LOWER(t.title) LIKE :text ESCAPE '\\' OR t.slug LIKE :text ESCAPE '\\'"
              + " OR LOWER(t.owner) LIKE :text ESCAPE '\\')");
      parameters.put("text", "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
    }
    if (filter.status() != null) {
      conditions.add("t.status = :status");
      parameters.put("status", filter.status());
    }
    if (filter.audience() != null) {
      conditions.add("t.audience = :audience");
      parameters.put("audience", filter.audience());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    String direction = ascending ? " ASC" : " DESC";
    TypedQuery<Topic> rows =
        em.createQuery(
            "SELECT t FROM Topic t"
                + where
                + " ORDER BY "
                + order.path()
                + direction
                + ", t.title ASC",
            Topic.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM Topic t" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<TopicRow> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(TopicRow::of)
            .toList();
    return new Page<>(items, count.getSingleResult(), page.page(), page.size());
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

  /** The topic as its editor opens it. */
  public Optional<EditableTopic> editable(String slug) {
    return em.createNamedQuery(Topic.BY_SLUG, Topic.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .map(EditableTopic::of);
  }

  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
