package org.signpost.core.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.signpost.core.persistence.JpaStore;

/** Organisations in the Signpost database through JPA. */
@ApplicationScoped
public class JpaOrganisationRepository extends JpaStore implements OrganisationRepository {

  protected JpaOrganisationRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaOrganisationRepository(EntityManager em) {
    super(em);
  }

  @Override
  public Optional<Organisation> findBySlug(String slug) {
    return first(Organisation.BY_SLUG, Organisation.class, "slug", slug);
  }

  @Override
  public List<Organisation> findAll() {
    return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList();
  }

  @Override
  public Organisation store(Organisation organisation) {
    return store(organisation, organisation.id());
  }
}
