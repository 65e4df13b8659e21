package org.signpost.core.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.signpost.core.content.Slugs;
import org.signpost.core.persistence.ServiceSecret;

/**
 * Signed, short-lived links that let a curator see a draft exactly as readers would, although
 * drafts are not public. A token names one topic and when it expires, signed with the {@link
 * ServiceSecret}, so the console and the public side (separate applications, perhaps separate
 * instances) agree on it without sharing memory.
 */
@ApplicationScoped
public class PreviewTokens {

  /** How long a preview link works. */
  public static final Duration LIFETIME = Duration.ofMinutes(30);

  @Inject ServiceSecret secret;

  Clock clock = Clock.systemUTC();

  protected PreviewTokens() {}

  public PreviewTokens(EntityManager em, Clock clock) {
    this.secret = new ServiceSecret(em);
    this.clock = clock;
  }

  /** A token for the topic, valid for {@link #LIFETIME}. */
  @Transactional
  public String issue(String slug) {
    String payload = Slugs.require(slug) + "." + clock.instant().plus(LIFETIME).getEpochSecond();
    return payload + "." + secret.sign(payload);
  }

  /** The topic a token names, when its signature holds and it has not expired. */
  @Transactional
  public Optional<String> verify(String token) {
    if (token == null || token.length() > 200) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || !Slugs.isValid(parts[0]) || !parts[1].matches("[0-9]{1,12}")) {
      return Optional.empty();
    }
    boolean genuine = secret.signed(parts[0] + "." + parts[1], parts[2]);
    boolean current = clock.instant().getEpochSecond() < Long.parseLong(parts[1]);
    return genuine && current ? Optional.of(parts[0]) : Optional.empty();
  }
}
