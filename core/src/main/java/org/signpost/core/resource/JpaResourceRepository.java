package org.signpost.core.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    return find(query, false, ResourceOrder.TITLE, true, page);
  }

  @Override
  public Page<Resource> find(
      ResourceQuery query,
      boolean withArchived,
      ResourceOrder order,
      boolean ascending,
      PageRequest page) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = conditions(query, withArchived, parameters);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(r) FROM Resource r WHERE " + where, Long.class);
    TypedQuery<Resource> select =
        em.createQuery(
            "SELECT r FROM Resource r WHERE "
                + where
                + " ORDER BY "
                + order.path()
                + (ascending ? " ASC" : " DESC")
                + ", r.title, r.slug",
            Resource.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          select.setParameter(name, value);
        });
    long total = count.getSingleResult();
    List<Resource> items =
        total == 0
            ? List.of()
            : select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(items, total, page.page(), page.size());
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

  private static String conditions(
      ResourceQuery query, boolean withArchived, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(withArchived ? "1 = 1" : "r.archived = FALSE");
    if (query.topic() != null) {
      where.append(
          " AND EXISTS (SELECT t FROM Topic t JOIN t.resources tr"
              + " WHERE t.slug = :topic AND tr = r)");
      parameters.put("topic", query.topic());
    }
    if (query.keyStage() != null) {
      where.append(" AND :keyStage MEMBER OF r.keyStages");
      parameters.put("keyStage", query.keyStage());
    }
    if (query.audience() != null) {
      where.append(" AND :audience MEMBER OF r.audiences");
      parameters.put("audience", query.audience());
    }
    if (query.type() != null) {
      where.append(" AND r.type = :type");
      parameters.put("type", query.type());
    }
    if (query.text() != null) {
      where.append(
          " AND (LOWER(r.title) LIKE :text ESCAPE '\\'"
              + " OR LOWER(r.description) LIKE :text ESCAPE '\\'"
              + " OR LOWER(r.provider.name) LIKE :text ESCAPE '\\')");
      parameters.put("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
    }
    return where.toString();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public Resource store(Resource resource) {
    return store(resource, resource.id());
  }
}
