package org.signpost.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Signpost stopped under feedback load, politely (SIGTERM) and not (kill -9), on a PostgreSQL of
 * the test's own: every answer it acknowledged is stored, a polite stop ends within 30 s, and the
 * next start on the same database is clean.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoppingIT {

  private static final Map<String, String> UNLIMITED_FEEDBACK =
      Map.of("SIGNPOST_FEEDBACK_BURST", "1000000", "SIGNPOST_FEEDBACK_PER_MINUTE", "1000000");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private ThrowawayPostgres postgres;

  @BeforeAll
  void database() throws Exception {
    postgres = ThrowawayPostgres.start();
  }

  @AfterAll
  void dropDatabase() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void killedUnderLoadItLosesNoAcknowledgedAnswerAndStartsCleanAgain() throws Exception {
    SignpostInstance signpost = start();
    Set<String> acknowledged;
    try {
      acknowledged = underLoad(signpost, () -> signpost.kill());
    } finally {
      signpost.close();
    }

    assertThat(acknowledged).as("answers acknowledged before the kill").isNotEmpty();
    assertThat(storedKeys()).as("every acknowledged answer stored").containsAll(acknowledged);

    SignpostInstance again = start();
    try {
      assertThat(send(again, UUID.randomUUID().toString()))
          .as("the next start takes feedback")
          .isEqualTo(202);
    } finally {
      again.close();
    }
  }

  @Test
  void sigtermUnderLoadEndsWithin30SecondsAndKeepsEveryAcknowledgedAnswer() throws Exception {
    SignpostInstance signpost = start();
    Duration[] stopping = new Duration[1];
    Set<String> acknowledged;
    try {
      acknowledged = underLoad(signpost, () -> stopping[0] = signpost.terminate());
    } finally {
      signpost.close();
    }

    assertThat(acknowledged).isNotEmpty();
    assertThat(stopping[0]).as("time from SIGTERM to exit").isLessThan(Duration.ofSeconds(30));
    assertThat(storedKeys()).as("every acknowledged answer stored").containsAll(acknowledged);
  }

  private SignpostInstance start() throws Exception {
    Map<String, String> environment = new java.util.HashMap<>(UNLIMITED_FEEDBACK);
    environment.put("SIGNPOST_DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource");
    environment.put("SIGNPOST_DB_URL", postgres.url());
    environment.put("SIGNPOST_DB_USER", "postgres");
    return SignpostInstance.startOwn(environment);
  }

  /** Four clients send answers for two seconds, then {@code stop} runs while they go on. */
  private Set<String> underLoad(SignpostInstance signpost, Stop stop) throws Exception {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean sending = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 4; i++) {
      clients.submit(
          () -> {
            while (sending.get()) {
              String key = UUID.randomUUID().toString();
              try {
                if (send(signpost, key) == 202) {
                  acknowledged.add(key);
                }
              } catch (Exception refusedOrCut) {
                // the instance is stopping: this answer was never acknowledged
              }
            }
            return null;
          });
    }
    Thread.sleep(2_000);
    stop.run();
    sending.set(false);
    clients.shutdown();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    return new HashSet<>(acknowledged);
  }

  private int send(SignpostInstance signpost, String key) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(signpost.base() + "/api/v1/feedback"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"topic\":\"healthy-relationships\",\"page\":\"/stopping.html\","
                            + "\"helpful\":true}"))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private Set<String> storedKeys() throws Exception {
    Set<String> keys = new HashSet<>();
    try (Connection db = DriverManager.getConnection(postgres.url(), "postgres", "");
        ResultSet rows =
            db.createStatement()
                .executeQuery(
                    "SELECT submission_key FROM feedback WHERE page = '/stopping.html'")) {
      while (rows.next()) {
        keys.add(rows.getString(1));
      }
    }
    return keys;
  }

  @FunctionalInterface
  private interface Stop {
    void run() throws Exception;
  }
}
