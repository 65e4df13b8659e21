package org.signpost.core.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.signpost.core.account.AccountService;
import org.signpost.core.account.Actor;
import org.signpost.core.account.PasswordPolicy;
import org.signpost.core.account.Role;
import org.signpost.core.pack.ContentPackService;
import org.signpost.core.pack.DemoContent;
import org.signpost.core.persistence.SignpostState;
import org.signpost.core.persistence.SignpostUnit;

/**
 * What a new installation needs once: the demo content (unless switched off) and a first
 * administrator. The state row is locked while this runs, so two instances starting together do it
 * once between them.
 */
@ApplicationScoped
public class FirstStart {

  /** Who revisions name for what Signpost itself did. */
  public static final String SYSTEM_AUTHOR = "signpost";

  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

  @PersistenceContext(unitName = SignpostUnit.NAME)
  EntityManager em;

  @Inject @ConfigProperties SetupSettings settings;
  @Inject ContentPackService packs;
  @Inject AccountService accounts;

  @Transactional
  public void run() {
    SignpostState state =
        em.find(SignpostState.class, SignpostState.ID, LockModeType.PESSIMISTIC_WRITE);
    if (settings.demoContent() && !state.demoLoaded()) {
      var report = packs.importPack(DemoContent.load(), Actor.of(SYSTEM_AUTHOR, Role.ADMIN));
      state.recordDemoLoaded(Instant.now());
      LOG.info(() -> "Loaded the demo content pack: " + report);
    }
    if (accounts.count() == 0) {
      createFirstAdministrator();
    }
  }

  private void createFirstAdministrator() {
    String login = settings.adminLogin();
    var given = settings.adminPassword().map(String::toCharArray);
    if (given.isPresent()) {
      var problem = PasswordPolicy.problem(login, given.get());
      if (problem.isPresent()) {
        throw new IllegalStateException(
            "SIGNPOST_ADMIN_PASSWORD is not acceptable: " + problem.get());
      }
      accounts.create(login, "Administrator", EnumSet.of(Role.ADMIN), given.get());
      LOG.info(
          () -> "Created the first administrator \"" + login + "\" from SIGNPOST_ADMIN_PASSWORD");
      return;
    }
    char[] password = PasswordPolicy.generate();
    accounts
        .create(login, "Administrator", EnumSet.of(Role.ADMIN), password)
        .requirePasswordChange();
    LOG.warning(
        "\n========================================================================\n"
            + "  Signpost created the first administrator.\n"
            + "  Sign in at /admin as \""
            + login
            + "\" with this one-time password:\n\n      "
            + new String(password)
            + "\n\n  It opens only the page where you choose your own password, and it is shown"
            + "\n  only now. Set SIGNPOST_ADMIN_PASSWORD to choose it instead.\n"
            + "========================================================================");
    Arrays.fill(password, '\0');
  }
}
