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
 * says it is not ready but alive, and everything recovers without a restart; nothing that was
 * acknowledged is lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

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

    postgres.halt();

    Instant asked = Instant.now();
    HttpResponse<String> refused = sendFeedback("while away");
    Duration took = Duration.between(asked, Instant.now());
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(took).as("answered without a long wait").isLessThan(Duration.ofSeconds(3));
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains("\"status\":503", "try again");
    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(URI.create(signpost.base() + "/api/v1/feedback"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "topic=healthy-relationships&page=%2Foutage.html&helpful=no"
                            + "&comment=Kept+for+later&return=%2Ftopics%2Fhealthy-relationships"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
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

    Instant back = Instant.now();
    HttpResponse<String> accepted = sendFeedback("after");
    while (accepted.statusCode() != 202
        && Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(10)) < 0) {
      Thread.sleep(250);
      accepted = sendFeedback("after");
    }
    assertThat(accepted.statusCode()).as("feedback accepted again within 10 s").isEqualTo(202);
    acknowledged++;
    HttpResponse<String> ready = get("/health/ready");
    while (ready.statusCode() != 200
        && Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(10)) < 0) {
      Thread.sleep(250);
      ready = get("/health/ready");
    }
    assertThat(ready.statusCode()).as("ready again within 10 s, no restart").isEqualTo(200);
    assertThat(storedFeedback()).as("every acknowledged answer stored").isEqualTo(acknowledged);
  }

  private HttpResponse<String> sendFeedback(String comment) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(signpost.base() + "/api/v1/feedback"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"topic\":\"healthy-relationships\",\"page\":\"/outage.html\","
                        + "\"helpful\":true,\"comment\":\""
                        + comment
                        + "\"}"))
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
    try (Connection db = DriverManager.getConnection(postgres.url(), "postgres", "");
        ResultSet rows =
            db.createStatement()
                .executeQuery("SELECT COUNT(*) FROM feedback WHERE page = '/outage.html'")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
