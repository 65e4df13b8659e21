package org.signpost.core.linkhealth;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When links are checked by themselves: every {@code signpost.links.check-hours} hours ({@code 0}
 * turns the schedule off), the first time {@code signpost.links.first-check-minutes} after start.
 */
@Dependent
@ConfigProperties(prefix = "signpost.links")
public class LinkCheckSettings {

  @ConfigProperty(name = "check-hours")
  int everyHours;

  @ConfigProperty(name = "first-check-minutes")
  int firstAfterMinutes;

  @ConfigProperty(name = "allow-private-addresses")
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
