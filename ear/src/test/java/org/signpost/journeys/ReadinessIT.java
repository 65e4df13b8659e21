package org.signpost.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a load balancer learns from {@code /health/ready} while Signpost starts and stops: UP only
 * once the application answers, the console and the public side alike, with no guessed delay, and
 * never UP again once the process has been asked to stop.
 */
class ReadinessIT {

  /** A request sent this soon after SIGTERM may be answered before the signal is handled. */
  private static final Duration SIGNAL_GRACE = Duration.ofMillis(100);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  @Test
  void readyOnlyWhenTheApplicationAnswersAndNeverAgainOnceAskedToStop() throws Exception {
    SignpostInstance signpost = SignpostInstance.launch(Map.of());
    try {
      List<String> upTooEarly = new ArrayList<>();
      Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
      String readyBody = null;
      while (readyBody == null && Instant.now().isBefore(deadline)) {
        int ready = status(signpost.base() + "/health/ready");
        int console = status(signpost.console() + "/sign-in.xhtml");
        int topics = status(signpost.base() + "/api/v1/topics");
        if (ready == 200 && (console != 200 || topics != 200)) {
          upTooEarly.add("ready 200 while console " + console + ", topics " + topics);
        }
        if (ready == 200) {
          String answer = body(signpost.base() + "/health/ready");
          if (!answer.contains("\"name\":\"signpost\"")) {
            upTooEarly.add("ready 200 without the application's check: " + answer);
          } else if (console == 200) {
            readyBody = answer;
          }
        }
        Thread.sleep(50);
      }

      assertThat(upTooEarly).as("readiness UP before the application answered").isEmpty();
      assertThat(readyBody)
          .as("the application's one check")
          .contains("{\"name\":\"signpost\",\"status\":\"UP\"");

      signpost.askToStop();
      Instant asked = Instant.now();
      List<String> upWhileStopping = new ArrayList<>();
      while (signpost.isRunning() && Instant.now().isBefore(asked.plusSeconds(30))) {
        Instant sent = Instant.now();
        int ready = status(signpost.base() + "/health/ready");
        if (ready == 200 && sent.isAfter(asked.plus(SIGNAL_GRACE))) {
          upWhileStopping.add("ready 200 at " + Duration.between(asked, sent).toMillis() + " ms");
        }
        if (ready == 0) {
          break;
        }
        Thread.sleep(10);
      }
      assertThat(upWhileStopping).as("readiness UP after SIGTERM").isEmpty();
    } finally {
      signpost.close();
    }
  }

  /** The status of a GET, or 0 when nothing answers. */
  private int status(String address) throws InterruptedException {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException nothingAnswers) {
      return 0;
    }
  }

  private String body(String address) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(address)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
