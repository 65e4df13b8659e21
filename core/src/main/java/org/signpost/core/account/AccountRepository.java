package org.signpost.core.account;

import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

  Optional<Account> findByLogin(String login);

  long count();

  Account store(Account account);
}
