package org.signpost.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signpost.core.limit.Allowances;

class SignInThrottleTest {

  private static final String STRANGER = "203.0.113.50";
  private static final String NEW_LAPTOP = "198.51.100.20";

  private final Clocked allowances = new Clocked();
  private final SignInThrottle throttle = new SignInThrottle(allowances);

  @Test
  void aStrangerGuessingForAnHourPausesOnlyThemselvesAndTheOwnerSignsInOnANewLaptop() {
    int checked = 0;
    for (int minute = 0; minute < 60; minute++) {
      for (int guess = 0; guess < 12; guess++) {
        if (throttle.pausedFor("admin", STRANGER, false).isEmpty()) {
          checked++;
          throttle.failed("admin", STRANGER, false);
        }
      }
      assertThat(throttle.pausedFor("admin", STRANGER, false)).isPresent();
      assertThat(throttle.pausedFor("Admin", NEW_LAPTOP, false))
          .as("the owner's new laptop, at minute %d", minute)
          .isEmpty();
      allowances.later(Duration.ofMinutes(1));
    }
    assertThat(checked).as("the stranger's guesses checked in an hour").isLessThanOrEqualTo(70);
  }

  @Test
  void theOwnerWhoMistypesTwiceWhileAStrangerGuessesStillGetsIn() {
    for (int guess = 0; guess < 10; guess++) {
      throttle.failed("admin", STRANGER, false);
    }
    throttle.failed("admin", NEW_LAPTOP, false);
    throttle.failed("admin", NEW_LAPTOP, false);

    assertThat(throttle.pausedFor("admin", NEW_LAPTOP, false)).isEmpty();
  }

  @Test
  void guessesSpreadOverManyAddressesGetAFewEachOnceTheLoginIsPaused() {
    int checked = 0;
    for (int client = 0; client < 100; client++) {
      String address = "192.0.2." + client;
      for (int guess = 0; guess < 10; guess++) {
        if (throttle.pausedFor("admin", address, false).isEmpty()) {
          checked++;
          throttle.failed("admin", address, false);
        }
      }
    }
    assertThat(checked)
        .as("guesses checked from 100 addresses, 10 tried from each")
        .isLessThanOrEqualTo(100 * SignInThrottle.FAILURES_BEFORE_SHARED_PAUSE + 10);
  }

  @Test
  void aKnownDeviceIsNotPausedByTheLoginsFailuresButAClientThatFailedEverywhereIs() {
    for (int guess = 0; guess < 10; guess++) {
      throttle.failed("admin", STRANGER, false);
    }
    assertThat(throttle.pausedFor("admin", STRANGER, true)).isEmpty();
    for (int guess = 0; guess < 10; guess++) {
      throttle.failed("login-" + guess, STRANGER, false);
    }
    assertThat(throttle.pausedFor("anyone", STRANGER, false))
        .as("twenty failures from one client, at any logins")
        .isPresent();
  }

  /** Allowances in memory on a clock the test moves. */
  private static final class Clocked implements Allowances {
    private final Map<String, Bucket> buckets = new HashMap<>();
    private long nanos;

    void later(Duration by) {
      nanos += by.toNanos();
    }

    @Override
    public Bucket bucket(String limit, String key, BucketConfiguration limits) {
      return buckets.computeIfAbsent(
          limit + "\n" + key,
          k -> {
            var builder =
                Bucket.builder()
                    .withCustomTimePrecision(
                        new TimeMeter() {
                          @Override
                          public long currentTimeNanos() {
                            return nanos;
                          }

                          @Override
                          public boolean isWallClockBased() {
                            return false;
                          }
                        });
            for (Bandwidth bandwidth : limits.getBandwidths()) {
              builder.addLimit(bandwidth);
            }
            return builder.build();
          });
    }
  }
}
