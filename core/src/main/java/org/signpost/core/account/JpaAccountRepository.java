package org.signpost.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.signpost.core.persistence.SignpostUnit;

/** Accounts in the Signpost database through JPA. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  protected JpaAccountRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaAccountRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Account> findByLogin(String login) {
    return em.createNamedQuery(Account.BY_LOGIN, Account.class)
        .setParameter("login", login)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  @Override
  public Account store(Account account) {
    if (account.id() == null) {
      em.persist(account);
      return account;
    }
    return em.merge(account);
  }
}
