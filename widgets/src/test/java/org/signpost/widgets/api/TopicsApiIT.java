package org.signpost.widgets.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signpost.widgets.WidgetsWar;

/** The widgets war as built, on Payara Micro, answering as a reader's browser would see it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TopicsApiIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive widgets() {
    return WidgetsWar.asBuilt();
  }

  @Test
  void theDemoTopicComesWithItsSectionsCalloutsAndResourcesByKeyStage() throws Exception {
    HttpResponse<String> response = get("api/v1/topics/healthy-relationships");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonObject topic = json(response.body()).asJsonObject();
    assertThat(topic.getString("title")).isEqualTo("Healthy Relationships");
    JsonArray sections = topic.getJsonArray("sections");
    assertThat(sections.stream().map(s -> s.asJsonObject().getString("heading")).toList())
        .startsWith(
            "In professional settings",
            "Healthy relationships",
            "Online safety",
            "Intimate relationships");
    assertThat(sections.stream().map(JsonObject.class::cast))
        .filteredOn(s -> s.getString("kind").equals("safeguarding"))
        .extracting(s -> s.getString("body"))
        .anySatisfy(body -> assertThat(body).contains("Gillick", "Fraser"))
        .anySatisfy(body -> assertThat(body).contains("under 13", "Sexual Offences Act 2003"));
    List<String> keyStages =
        topic.getJsonArray("resources").stream()
            .flatMap(r -> r.asJsonObject().getJsonArray("keyStages").stream())
            .map(ks -> ((JsonString) ks).getString())
            .toList();
    assertThat(keyStages).contains("ks2", "ks3", "ks4");
  }

  @Test
  void theListHoldsThePublishedTopics() throws Exception {
    HttpResponse<String> response = get("api/v1/topics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(
            json(response.body()).asJsonArray().stream()
                .map(t -> t.asJsonObject().getString("slug")))
        .contains(
            "healthy-relationships",
            "childhood-obesity",
            "pollution",
            "alcohol-misuse",
            "antimicrobial-resistance");
  }

  @Test
  void anUnknownTopicIsA404ProblemThatNamesIt() throws Exception {
    HttpResponse<String> response = get("api/v1/topics/no-such-topic");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = json(response.body()).asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("detail")).contains("no-such-topic");
  }

  @Test
  void aWrongMethodIsA405ProblemWithAllow() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(base.toURI().resolve("api/v1/topics")).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow"))
        .hasValueSatisfying(a -> assertThat(a).contains("GET"));
    assertThat(json(response.body()).asJsonObject().getInt("status")).isEqualTo(405);
  }

  @Test
  void readinessSaysTheDatabaseIsMigratedAndUp() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(base.toURI().resolve("/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = json(response.body()).asJsonObject();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(response.body())
        .contains("signpost-database (signpost-widgets)", "\"schemaVersion\"");
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = base.toURI().resolve(path);
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static jakarta.json.JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
