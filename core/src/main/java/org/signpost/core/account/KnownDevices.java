package org.signpost.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.signpost.core.persistence.ServiceSecret;

/**
 * Marks that a browser signed in to an account before, so that {@link SignInThrottle} lets it
 * through while strangers guessing that account's password wait. A mark names the login and when it
 * expires, signed with the {@link ServiceSecret}; it proves nothing but a past sign-in, so the
 * password is still checked.
 */
@ApplicationScoped
public class KnownDevices {

  /** How long a browser stays known after signing in. */
  public static final Duration LIFETIME = Duration.ofDays(90);

  private static final String PURPOSE = "device";

  /** Not in a login, nor in a signature: logins hold dots. */
  private static final String SEPARATOR = "~";

  @Inject ServiceSecret secret;

  Clock clock = Clock.systemUTC();

  protected KnownDevices() {}

  public KnownDevices(EntityManager em, Clock clock) {
    this.secret = new ServiceSecret(em);
    this.clock = clock;
  }

  /** A mark for a browser that has just signed in to the account. */
  public String mark(String login) {
    String payload =
        PURPOSE + SEPARATOR + login + SEPARATOR + clock.instant().plus(LIFETIME).getEpochSecond();
    return payload + SEPARATOR + secret.sign(payload);
  }

  /** Whether the mark is a genuine, current one for this login. */
  public boolean recognises(String mark, String login) {
    if (mark == null || login == null || mark.length() > 300) {
      return false;
    }
    String[] parts = mark.split(SEPARATOR, -1);
    if (parts.length != 4
        || !PURPOSE.equals(parts[0])
        || !parts[1].equals(login.strip().toLowerCase(Locale.ROOT))
        || !parts[2].matches("[0-9]{1,12}")) {
      return false;
    }
    return clock.instant().getEpochSecond() < Long.parseLong(parts[2])
        && secret.signed(String.join(SEPARATOR, parts[0], parts[1], parts[2]), parts[3]);
  }
}
