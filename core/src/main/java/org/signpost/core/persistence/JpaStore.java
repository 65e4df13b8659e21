package org.signpost.core.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What the JPA repositories share: the entity manager of the Signpost unit, injected in a container
 * or handed in by a plain Java program that runs the transaction itself.
 */
public abstract class JpaStore {

  @PersistenceContext(unitName = SignpostUnit.NAME)
  protected EntityManager em;

  protected JpaStore() {}

  protected JpaStore(EntityManager em) {
    this.em = em;
  }

  /** The first result of a named query with one parameter, if there is one. */
  protected <T> Optional<T> first(String query, Class<T> type, String parameter, Object value) {
    return em.createNamedQuery(query, type)
        .setParameter(parameter, value)
        .getResultStream()
        .findFirst();
  }

  /** Persists a new entity (one without an id yet), or merges a known one. */
  protected <T> T store(T entity, Object id) {
    if (id == null) {
      em.persist(entity);
      return entity;
    }
    return em.merge(entity);
  }
}
