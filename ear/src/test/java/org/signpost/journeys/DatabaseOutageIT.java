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
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PostgreSQL goes away under a running Signpost and comes back, as an operator's restart or a crash
 * would have it: a real cluster of the test's own, stopped and started, and Signpost as built.
 * Feedback is refused with "try again" at once instead of a 500 after a long wait, the instance
 * says it is not ready but alive, the console says the database cannot be reached and keeps what
 * the curator typed, and everything recovers without a restart; nothing that was acknowledged is
 * lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

  /** What schools' pages and readers ask for, rendered before the database goes away. */
  private static final java.util.List<String> PUBLIC_READS =
      java.util.List.of(
          "/widgets/v1/fragments/topic/healthy-relationships",
          "/embed/topic/healthy-relationships",
          "/topics/healthy-relationships",
          "/api/v1/topics/healthy-relationships");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private ThrowawayPostgres postgres;
  private SignpostInstance signpost;

  @BeforeAll
  void start() throws Exception {
    postgres = ThrowawayPostgres.start();
    signpost =
        SignpostInstance.startOwn(
            Map.of(
                "SIGNPOST_DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource",
                "SIGNPOST_DB_URL", postgres.url(),
                "SIGNPOST_DB_USER", "postgres",
                "SIGNPOST_FEEDBACK_BURST", "10000"));
  }

  @AfterAll
  void stop() throws Exception {
    if (signpost != null) {
      signpost.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void feedbackSaysTryAgainWhileTheDatabaseIsAwayAndEverythingRecoversByItself() throws Exception {
    int acknowledged = 0;
    assertThat(sendFeedback("before").statusCode()).isEqualTo(202);
    acknowledged++;
    for (String read : PUBLIC_READS) {
      assertThat(get(read).statusCode()).as(read + " before").isEqualTo(200);
    }

    postgres.halt();
    Thread.sleep(1_000); // the background check has found the database gone

    for (String read : PUBLIC_READS) {
      Instant reading = Instant.now();
      HttpResponse<String> kept = get(read);
      Duration readIn = Duration.between(reading, Instant.now());
      assertThat(kept.statusCode()).as(read + " while away").isEqualTo(200);
      assertThat(readIn)
          .as(read + " served from what was rendered")
          .isLessThan(Duration.ofSeconds(1));
      assertThat(kept.headers().firstValue("Cache-Control"))
          .hasValueSatisfying(c -> assertThat(c).contains("stale-if-error"));
    }

    Instant unrendered = Instant.now();
    HttpResponse<String> never = get("/topics/pollution");
    Duration neverIn = Duration.between(unrendered, Instant.now());
    assertThat(never.statusCode()).as("a page never rendered before").isEqualTo(503);
    assertThat(never.headers().firstValue("Retry-After")).isPresent();
    assertThat(never.body()).contains("This page is not available just now");
    assertThat(neverIn).as("said at once").isLessThan(Duration.ofSeconds(3));

    Instant asked = Instant.now();
    HttpResponse<String> refused = sendFeedback("while away");
    Duration took = Duration.between(asked, Instant.now());
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(took).as("answered without a long wait").isLessThan(Duration.ofSeconds(3));
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains("\"status\":503", "try again");
    HttpResponse<String> form =
        postFeedback(
            "application/x-www-form-urlencoded",
            "topic=healthy-relationships&page=%2Foutage.html&helpful=no"
                + "&comment=Kept+for+later&return=%2Ftopics%2Fhealthy-relationships");
    assertThat(form.statusCode()).as("the no-script form").isEqualTo(503);
    assertThat(form.headers().firstValue("Retry-After")).isPresent();
    assertThat(form.body())
        .contains(
            "Your feedback was not sent",
            ">Kept for later</textarea>",
            "value=\"no\" required checked");
    assertThat(get("/health/ready").statusCode()).as("not ready while away").isEqualTo(503);
    assertThat(get("/health/live").statusCode()).as("alive while away").isEqualTo(200);

    postgres.begin();

    HttpResponse<String> accepted = awaitStatus(202, () -> sendFeedback("after"));
    assertThat(accepted.statusCode()).as("feedback accepted again within 10 s").isEqualTo(202);
    acknowledged++;
    assertThat(awaitStatus(200, () -> get("/health/ready")).statusCode())
        .as("ready again within 10 s, no restart")
        .isEqualTo(200);
    assertThat(storedFeedback()).as("every acknowledged answer stored").isEqualTo(acknowledged);
  }

  @Test
  void theConsoleSaysTheDatabaseCannotBeReachedAndKeepsWhatTheCuratorTyped() throws Exception {
    String typed = "A summary typed while the database was away.";
    try (ConsoleBrowser curator = new ConsoleBrowser(signpost.console());
        ConsoleBrowser latecomer = new ConsoleBrowser(signpost.console())) {
      curator.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      curator.open("/topic.xhtml?slug=alcohol-misuse");
      latecomer.open("/sign-in.xhtml");

      postgres.halt();
      try {
        curator.type("summary", typed);
        curator.click("save");
        curator.awaitText("The database cannot be reached just now");
        assertThat(curator.value("summary")).as("what was typed, still there").isEqualTo(typed);

        latecomer.type("login", "admin");
        latecomer.type("password", SignpostInstance.ADMIN_PASSWORD);
        latecomer.click("submit");
        latecomer.awaitText("Signing in needs the database, which cannot be reached just now");
      } finally {
        postgres.begin();
      }
      assertThat(awaitStatus(200, () -> get("/health/ready")).statusCode()).isEqualTo(200);
      assertThat(changesHeld()).as("nothing written while away").isNull();

      curator.click("save");
      curator.awaitText("Saved.");
      assertThat(changesHeld()).as("saved once the database is back").contains(typed);

      postgres.halt();
      try {
        curator.open("/topics.xhtml");
        assertThat(curator.awaitText("The database cannot be reached"))
            .contains("Nothing was changed", "Try this page again");
      } finally {
        postgres.begin();
      }
      assertThat(awaitStatus(200, () -> get("/health/ready")).statusCode()).isEqualTo(200);
      curator.clickLink("Try this page again");
      curator.awaitText("Alcohol Misuse");
    }
  }

  /**
   * The changes held for the published topic until someone approves them, as the revision it names
   * keeps them; null when it holds none.
   */
  private String changesHeld() throws Exception {
    return stored(
        "SELECT r.snapshot FROM topic t JOIN revision r ON r.subject = 'TOPIC'"
            + " AND r.subject_key = t.slug AND r.number = t.pending_revision"
            + " WHERE t.slug = 'alcohol-misuse'");
  }

  /** The one value the query finds, read straight from the database; null when it finds none. */
  private String stored(String query) throws Exception {
    try (Connection db = DriverManager.getConnection(postgres.url(), "postgres", "");
        ResultSet rows = db.createStatement().executeQuery(query)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  /** Asks again until the answer has the status, for at most 10 s; the last answer. */
  private static HttpResponse<String> awaitStatus(int status, Request request) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    HttpResponse<String> answer = request.send();
    while (answer.statusCode() != status && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      answer = request.send();
    }
    return answer;
  }

  @FunctionalInterface
  private interface Request {
    HttpResponse<String> send() throws Exception;
  }

  private HttpResponse<String> sendFeedback(String comment) throws Exception {
    return postFeedback(
        "application/json",
        "{\"topic\":\"healthy-relationships\",\"page\":\"/outage.html\","
            + "\"helpful\":true,\"comment\":\""
            + comment
            + "\"}");
  }

  private HttpResponse<String> postFeedback(String contentType, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(signpost.base() + "/api/v1/feedback"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(signpost.base() + path))
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private int storedFeedback() throws Exception {
    return Integer.parseInt(stored("SELECT COUNT(*) FROM feedback WHERE page = '/outage.html'"));
  }
}
