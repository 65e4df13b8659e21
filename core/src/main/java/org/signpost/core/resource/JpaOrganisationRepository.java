package org.signpost.core.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.signpost.core.persistence.SignpostUnit;

/** Organisations in the Signpost database through JPA. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  protected JpaOrganisationRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaOrganisationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Organisation> findBySlug(String slug) {
    return em.createNamedQuery(Organisation.BY_SLUG, Organisation.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Organisation> findAll() {
    return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList();
  }

  @Override
  public Organisation store(Organisation organisation) {
    if (organisation.id() == null) {
      em.persist(organisation);
      return organisation;
    }
    return em.merge(organisation);
  }
}
