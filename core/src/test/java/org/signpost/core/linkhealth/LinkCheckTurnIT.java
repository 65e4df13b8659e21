package org.signpost.core.linkhealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.signpost.core.persistence.PersistenceHarness;
import org.signpost.core.persistence.TestDatabase;

/**
 * Instances that share a database take turns at the scheduled link check: one check per turn
 * however many instances' timers fire, on H2 and PostgreSQL.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class LinkCheckTurnIT {

  private static final Duration DAILY = Duration.ofHours(24);
  private static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");

  @Parameter TestDatabase database;

  @RegisterExtension
  final PersistenceHarness db = PersistenceHarness.eachTest(() -> database, false);

  private boolean claimAt(Instant when) {
    return db.inTransaction(
        em -> new LinkCheckTurn(em, Clock.fixed(when, ZoneOffset.UTC)).claim(DAILY));
  }

  @Test
  void aTurnIsTakenOnceUntilTheNextIsDue() {
    assertThat(claimAt(NINE)).as("the first turn").isTrue();
    assertThat(claimAt(NINE.plusSeconds(5))).as("another instance, moments later").isFalse();
    assertThat(claimAt(NINE.plus(Duration.ofHours(12)))).as("half a day later").isFalse();
    assertThat(claimAt(NINE.plus(Duration.ofHours(23)))).as("the next day's timer").isTrue();
  }

  @Test
  void ofFourInstancesWhoseTimersFireTogetherExactlyOneRunsTheCheck() throws Exception {
    ExecutorService instances = Executors.newFixedThreadPool(4);
    CountDownLatch together = new CountDownLatch(1);
    List<Future<Boolean>> claims = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      claims.add(
          instances.submit(
              () -> {
                together.await();
                return claimAt(NINE);
              }));
    }
    together.countDown();
    int won = 0;
    for (Future<Boolean> claim : claims) {
      won += claim.get() ? 1 : 0;
    }
    instances.shutdown();

    assertThat(won).isEqualTo(1);
  }
}
