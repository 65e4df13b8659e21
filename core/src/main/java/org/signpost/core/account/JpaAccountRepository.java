package org.signpost.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.signpost.core.persistence.JpaStore;

/** Accounts in the Signpost database through JPA. */
@ApplicationScoped
public class JpaAccountRepository extends JpaStore implements AccountRepository {

  protected JpaAccountRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaAccountRepository(EntityManager em) {
    super(em);
  }

  @Override
  public Optional<Account> findByLogin(String login) {
    return first(Account.BY_LOGIN, Account.class, "login", login);
  }

  @Override
  public Optional<Account> findByEmail(String email) {
    return em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) = :email", Account.class)
        .setParameter("email", email.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  @Override
  public List<Account> findAll() {
    return em.createQuery("SELECT a FROM Account a ORDER BY a.login", Account.class)
        .getResultList();
  }

  @Override
  public long countEnabledWith(Role role) {
    return em.createQuery(
            "SELECT COUNT(a) FROM Account a WHERE a.enabled = TRUE AND :role MEMBER OF a.roles",
            Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  @Override
  public Account store(Account account) {
    return store(account, account.id());
  }
}
