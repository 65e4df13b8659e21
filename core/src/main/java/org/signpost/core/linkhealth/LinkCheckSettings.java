package org.signpost.core.linkhealth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When links are checked by themselves: every {@code signpost.links.check-hours} hours ({@code 0}
 * turns the schedule off), the first time {@code signpost.links.first-check-minutes} after start.
 */
@ApplicationScoped
public class LinkCheckSettings {

  @Inject
  @ConfigProperty(name = "signpost.links.check-hours")
  int everyHours;

  @Inject
  @ConfigProperty(name = "signpost.links.first-check-minutes")
  int firstAfterMinutes;

  @Inject
  @ConfigProperty(name = "signpost.links.allow-private-addresses")
  boolean privateAddressesAllowed;

  /** Whether loopback and private addresses may be checked: for tests only, off by default. */
  public boolean privateAddressesAllowed() {
    return privateAddressesAllowed;
  }

  /** The time between scheduled runs; empty when the schedule is off. */
  public Optional<Duration> every() {
    return everyHours <= 0 ? Optional.empty() : Optional.of(Duration.ofHours(everyHours));
  }

  /** The time from start to the first scheduled run. */
  public Duration firstAfter() {
    return Duration.ofMinutes(Math.max(0, firstAfterMinutes));
  }
}
