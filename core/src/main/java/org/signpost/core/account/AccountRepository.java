package org.signpost.core.account;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

  Optional<Account> findByLogin(String login);

  /** The account with this e-mail address, ignoring case. */
  Optional<Account> findByEmail(String email);

  long count();

  /** Every account by login. */
  List<Account> findAll();

  /** How many enabled accounts hold the role. */
  long countEnabledWith(Role role);

  Account store(Account account);
}
