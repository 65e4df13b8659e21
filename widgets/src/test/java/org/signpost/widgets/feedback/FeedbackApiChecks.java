package org.signpost.widgets.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.signpost.widgets.StoredFeedback;

/**
 * Feedback through the war as built, checked in the database the war writes to: each accepted
 * submission is there once, without personal data; refused ones are not there at all.
 */
public abstract class FeedbackApiChecks {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** Where the public side answers, set by the suite that deployed it. */
  protected URL base;

  @Test
  void theWidgetsAnswerIsStoredWithTheSiteAndWithoutContactDetails() throws Exception {
    String page = "/it/" + UUID.randomUUID();

    HttpResponse<String> response =
        postJson(
            "{\"topic\":\"healthy-relationships\",\"page\":\""
                + page
                + "\",\"helpful\":false,"
                + "\"comment\":\"Write to me at sam@example.org or 07700 900123\"}",
            "http://127.0.0.2:9001",
            null);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(StoredFeedback.forPage(page))
        .containsExactly(
            "healthy-relationships|false|Write to me at [email removed] or [phone removed]|http://127.0.0.2:9001");
  }

  @Test
  void theEmbeddingSiteIsTheOriginHeaderNeverWhatTheBodyClaimsAndThePageKeepsItsPathOnly()
      throws Exception {
    String page = "/it/" + UUID.randomUUID();
    String claims = "\"site\":\"https://forged.example\",\"helpful\":true";

    postJson("{\"page\":\"" + page + "?email=jane@example.org\"," + claims + "}", null, null);
    postJson("{\"page\":\"" + page + "\"," + claims + "}", "http://127.0.0.2:9001", null);
    postForm("page=" + page + "&helpful=yes&site=https://forged.example&return=" + page);

    assertThat(StoredFeedback.forPage(page))
        .containsExactlyInAnyOrder(
            "null|true|null|null", "null|true|null|http://127.0.0.2:9001", "null|true|null|null");
  }

  @Test
  void aRetryWithTheSameKeyIsCountedOnceAndItsSecondStepAddsTheComment() throws Exception {
    String page = "/it/" + UUID.randomUUID();
    String key = "key-" + UUID.randomUUID().toString().substring(0, 8);
    String answer = "{\"page\":\"" + page + "\",\"helpful\":false}";

    assertThat(postJson(answer, null, key).statusCode()).isEqualTo(202);
    assertThat(postJson(answer, null, key).statusCode()).isEqualTo(202);
    assertThat(
            postJson(
                    "{\"page\":\"" + page + "\",\"helpful\":false,\"comment\":\"lesson plans\"}",
                    null,
                    key)
                .statusCode())
        .isEqualTo(202);

    assertThat(StoredFeedback.forPage(page)).containsExactly("null|false|lesson plans|null");
  }

  @Test
  void anEmbeddingPagesPathIsKeptWithoutWhatIdentifiesAPupil() throws Exception {
    String run = "/it/" + UUID.randomUUID();
    postJson("{\"page\":\"" + run + "/A%20Name/0770%20090%200123\",\"helpful\":true}", null, null);
    postJson(
        "{\"page\":\""
            + run
            + "/a.name@example.org/07700900123\",\"helpful\":false,"
            + "\"comment\":\"ring zero seven seven hundred nine hundred one two three or O77OO 9OO 123\"}",
        null,
        null);

    assertThat(StoredFeedback.forPage(run + "/[text removed]/[phone removed]"))
        .containsExactly("null|true|null|null");
    assertThat(StoredFeedback.forPage(run + "/[email removed]/[phone removed]"))
        .containsExactly("null|false|ring [phone removed] or [phone removed]|null");
  }

  @Test
  void answersSentAtOnceWithOneKeyAreAllAcceptedAndStoredOnce() throws Exception {
    for (int round = 0; round < 5; round++) {
      String page = "/it/" + UUID.randomUUID();
      String key = "key-" + UUID.randomUUID().toString().substring(0, 8);
      String answer = "{\"page\":\"" + page + "\",\"helpful\":true}";
      List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        sent.add(
            HTTP.sendAsync(jsonRequest(answer, null, key), HttpResponse.BodyHandlers.ofString()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (CompletableFuture<HttpResponse<String>> response : sent) {
        statuses.add(response.get().statusCode());
      }

      assertThat(statuses).as("six posts of one answer at once").containsOnly(202);
      assertThat(StoredFeedback.forPage(page)).containsExactly("null|true|null|null");
    }
  }

  @Test
  void aKeyThatAnotherAnswerHoldsIsRefusedWithAConflictAndNothingChanges() throws Exception {
    String page = "/it/" + UUID.randomUUID();
    String elsewhere = "/it/" + UUID.randomUUID();
    String key = "key-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(postJson("{\"page\":\"" + page + "\",\"helpful\":true}", null, key).statusCode())
        .isEqualTo(202);

    HttpResponse<String> otherPage =
        postJson(
            "{\"page\":\"" + elsewhere + "\",\"helpful\":true,\"comment\":\"planted\"}", null, key);
    HttpResponse<String> otherChoice =
        postJson(
            "{\"page\":\"" + page + "\",\"helpful\":false,\"comment\":\"planted\"}", null, key);
    HttpResponse<String> otherTopic =
        postJson(
            "{\"topic\":\"pollution\",\"page\":\""
                + page
                + "\",\"helpful\":true,\"comment\":\"planted\"}",
            null,
            key);

    for (HttpResponse<String> refused : List.of(otherPage, otherChoice, otherTopic)) {
      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(refused.body()).contains("\"status\":409", "already belongs to another answer");
    }
    assertThat(StoredFeedback.forPage(page)).containsExactly("null|true|null|null");
    assertThat(StoredFeedback.forPage(elsewhere)).isEmpty();
  }

  @Test
  void theNoScriptFormReturnsTheReaderToThePageWithAThankYou() throws Exception {
    String page = "/topics/healthy-relationships";
    String marker = StoredFeedback.uniqueComment("form");

    HttpResponse<String> response =
        postForm(
            "topic=healthy-relationships&page="
                + page
                + "&helpful=yes&comment="
                + marker
                + "&return="
                + page);

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith(page + "?feedback=thanks#feedback"));
    assertThat(StoredFeedback.withComment(marker)).hasSize(1);
  }

  @Test
  void theFormNeverSendsReadersToAnotherSite() throws Exception {
    HttpResponse<String> response =
        postForm("page=/topics/pollution&helpful=no&return=https://evil.example/phish");

    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(
            location ->
                assertThat(location)
                    .doesNotContain("evil.example")
                    .endsWith("/topics/pollution?feedback=thanks#feedback"));
  }

  @Test
  void aFilledHoneypotIsThankedAndNotStored() throws Exception {
    String page = "/it/" + UUID.randomUUID();

    HttpResponse<String> response =
        postJson(
            "{\"page\":\"" + page + "\",\"helpful\":true,\"website\":\"http://spam\"}", null, null);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(StoredFeedback.forPage(page)).isEmpty();
  }

  @Test
  void badSubmissionsAreRefusedWithTheFieldAndNothingIsStored() throws Exception {
    String page = "/it/" + UUID.randomUUID();

    HttpResponse<String> noAnswer = postJson("{\"page\":\"" + page + "\"}", null, null);
    HttpResponse<String> longComment =
        postJson(
            "{\"page\":\"" + page + "\",\"helpful\":true,\"comment\":\"" + "x".repeat(1001) + "\"}",
            null,
            null);
    HttpResponse<String> notJson = postJson("{\"page\": ", null, null);
    HttpResponse<String> bell =
        postJson(
            "{\"page\":\"" + page + "\",\"helpful\":true,\"comment\":\"Ring\\u0007ing\"}",
            null,
            null);

    assertThat(noAnswer.statusCode()).isEqualTo(400);
    assertThat(noAnswer.body()).contains("\"field\":\"helpful\"");
    assertThat(longComment.statusCode()).isEqualTo(400);
    assertThat(longComment.body()).contains("\"field\":\"comment\"", "1000");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(bell.statusCode()).isEqualTo(400);
    assertThat(bell.body()).contains("\"field\":\"comment\"", "control characters");
    assertThat(StoredFeedback.forPage(page)).isEmpty();
  }

  @Test
  void otherMediaTypesAndOversizedBodiesAreRefused() throws Exception {
    HttpResponse<String> text =
        HTTP.send(
            HttpRequest.newBuilder(base.toURI().resolve("api/v1/feedback"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("yes"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> huge =
        postJson(
            "{\"page\":\"/x\",\"helpful\":true,\"comment\":\"" + "x".repeat(40_000) + "\"}",
            null,
            null);

    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(text.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(huge.statusCode()).isEqualTo(413);
  }

  private HttpResponse<String> postJson(String json, String origin, String key) throws Exception {
    return HTTP.send(jsonRequest(json, origin, key), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest jsonRequest(String json, String origin, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.toURI().resolve("api/v1/feedback"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (origin != null) {
      request.header("Origin", origin);
    }
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.build();
  }

  private HttpResponse<String> postForm(String form) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(base.toURI().resolve("api/v1/feedback"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
