package org.signpost.core.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.signpost.core.persistence.Dialect;
import org.signpost.core.persistence.FilteredQuery;
import org.signpost.core.persistence.JpaStore;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;

/** Resources in the Signpost database through JPA, with the catalogue search. */
@ApplicationScoped
public class JpaResourceRepository extends JpaStore implements ResourceRepository {

  protected JpaResourceRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaResourceRepository(EntityManager em) {
    super(em);
  }

  @Override
  public Optional<Resource> findBySlug(String slug) {
    return first(Resource.BY_SLUG, Resource.class, "slug", slug);
  }

  @Override
  public List<Resource> findAll() {
    return em.createNamedQuery(Resource.ALL, Resource.class).getResultList();
  }

  @Override
  public Page<Resource> search(ResourceQuery query, PageRequest page) {
    return filter(query, false, true)
        .always("r.approved = TRUE")
        .page(em, Resource.class, ResourceOrder.TITLE.path() + " ASC, r.slug", page, r -> r);
  }

  @Override
  public Page<Resource> find(
      ResourceQuery query,
      boolean withArchived,
      ResourceOrder order,
      boolean ascending,
      PageRequest page) {
    return filter(query, withArchived, false)
        .page(
            em,
            Resource.class,
            order.path() + (ascending ? " ASC" : " DESC") + ", r.title, r.slug",
            page,
            r -> r);
  }

  @Override
  public List<Resource> findByAddress(String url) {
    String plain = url.strip().toLowerCase(Locale.ROOT);
    String other = plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain + "/";
    return em.createQuery(
            "SELECT r FROM Resource r WHERE LOWER(r.url) IN (:plain, :other) ORDER BY r.title",
            Resource.class)
        .setParameter("plain", plain)
        .setParameter("other", other)
        .getResultList();
  }

  @Override
  public List<Resource> findBySlugs(Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT r FROM Resource r WHERE r.slug IN :slugs", Resource.class)
        .setParameter("slugs", slugs)
        .getResultList();
  }

  @Override
  public Map<LinkStatus, Long> countByLinkStatus() {
    Map<LinkStatus, Long> counts = new EnumMap<>(LinkStatus.class);
    for (LinkStatus status : LinkStatus.values()) {
      counts.put(status, 0L);
    }
    em.createQuery(
            "SELECT r.linkHealth.status, COUNT(r) FROM Resource r WHERE r.archived = FALSE"
                + " GROUP BY r.linkHealth.status",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((LinkStatus) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public List<Resource> findWithLinkStatus(Collection<LinkStatus> statuses) {
    if (statuses.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT r FROM Resource r WHERE r.archived = FALSE AND r.linkHealth.status IN"
                + " :statuses ORDER BY r.linkHealth.status, r.title",
            Resource.class)
        .setParameter("statuses", statuses)
        .getResultList();
  }

  /**
   * The words in title or description by full-text search on the stored words (migration V6), or
   * the text in the provider's name by LIKE on the few organisations, written so that PostgreSQL
   * combines the two indexes: an {@code IN} subquery, a join to the provider, or TRUE bound as a
   * parameter would each make it read every resource.
   */
  private static final String MATCHES_WORDS =
      "SQL('(? @@ to_tsquery(''english'', ?) OR ? = ANY(ARRAY(SELECT o.id FROM organisation o"
          + " WHERE LOWER(o.name) LIKE ? ESCAPE ''\\'')))',"
          + " COLUMN('search_words', r), :text, COLUMN('provider_id', r), :textLike) = SQL('TRUE')";

  private static final String RANK =
      "SQL('ts_rank(?, to_tsquery(''english'', ?))', COLUMN('search_words', r), :text)";

  /** The query's conditions; a search by text comes best match first when {@code ranked}. */
  private FilteredQuery filter(ResourceQuery query, boolean withArchived, boolean ranked) {
    FilteredQuery filter = FilteredQuery.over("Resource", "r");
    if (!withArchived) {
      filter.always("r.archived = FALSE");
    }
    filter
        .when(
            query.topic(),
            "topic",
            "EXISTS (SELECT t FROM Topic t JOIN t.resources tr WHERE t.slug = :topic AND tr = r)")
        .when(query.keyStage(), "keyStage", ":keyStage MEMBER OF r.keyStages")
        .when(query.audience(), "audience", ":audience MEMBER OF r.audiences")
        .when(query.type(), "type", "r.type = :type");
    if (query.text() != null && Dialect.isPostgreSQL(em)) {
      return filter.matching(query.text(), "text", MATCHES_WORDS, ranked ? RANK : null);
    }
    return filter.containing(
        query.text(),
        "text",
        "(LOWER(r.title) ? OR LOWER(r.description) ? OR LOWER(r.provider.name) ?)");
  }

  @Override
  public Resource store(Resource resource) {
    return store(resource, resource.id());
  }
}
