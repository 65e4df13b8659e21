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
import org.junit.jupiter.api.Test;

/**
 * The public side as built, alone in a war, on Payara Micro, answering as a reader's browser would
 * see it.
 */
public abstract class TopicsApiChecks {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Where the public side answers, set by the suite that deployed it. */
  protected URL base;

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
  void theTopicPageSaysWhenItWasReviewedBeforeItsSectionsAndFiltersAboveTheResourcesItHas()
      throws Exception {
    String page = get("topics/healthy-relationships").body();

    int reviewed = page.indexOf("Page last reviewed");
    int firstSection = page.indexOf("sp-section");
    int filter = page.indexOf("sp-filter");
    int firstResource = page.indexOf("sp-resource-title");
    assertThat(reviewed).as("near the title").isPositive().isLessThan(firstSection);
    assertThat(filter).as("above the resources").isPositive().isLessThan(firstResource);
    assertThat(page)
        .as("the question is shown once; the answers' group names it for screen readers only")
        .contains("<legend class=\"sp-visually-hidden\">Was this page helpful?</legend>");
    assertThat(page)
        .as("each resource says what kind it is")
        .contains("class=\"sp-resource-type\">");
    String choices = page.substring(filter, page.indexOf("</select>", filter));
    assertThat(choices)
        .as("only the key stages its resources suit, each with one pair of brackets at most")
        .contains("Key Stage 3, ages 11 to 14")
        .doesNotContain(") (ages", "Early years");
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
    // Polled, as a load balancer does: a deployment counts as started a moment after it deployed.
    HttpResponse<String> response;
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
    do {
      response =
          HTTP.send(
              HttpRequest.newBuilder(base.toURI().resolve("/health/ready")).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        Thread.sleep(200);
      }
    } while (response.statusCode() != 200 && java.time.Instant.now().isBefore(deadline));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = json(response.body()).asJsonObject();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(response.body()).contains("{\"name\":\"signpost\"", "\"schemaVersion\"");
  }

  @Test
  void aTopicPageNamesItsOembedWhichAnswersWithTheTopicsIframe() throws Exception {
    HttpResponse<String> page = get("topics/healthy-relationships");
    java.util.regex.Matcher discovery =
        java.util.regex.Pattern.compile(
                "<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]+)\"")
            .matcher(page.body());
    assertThat(discovery.find()).as("an oEmbed discovery link").isTrue();
    String oembed = discovery.group(1).replace("&amp;", "&");
    assertThat(oembed).contains("/api/oembed?format=json&url=");

    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(oembed)).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).isPresent();
    JsonObject embed = json(response.body()).asJsonObject();
    assertThat(embed.getString("type")).isEqualTo("rich");
    assertThat(embed.getString("version")).isEqualTo("1.0");
    assertThat(embed.getString("title")).isEqualTo("Healthy Relationships");
    assertThat(embed.getString("provider_name")).isNotBlank();
    assertThat(embed.getInt("width")).isEqualTo(640);
    assertThat(embed.getString("html"))
        .startsWith(
            "<blockquote><a href=\""
                + base.toURI().resolve("topics/healthy-relationships")
                + "\">Healthy Relationships</a></blockquote><iframe src=\""
                + base.toURI().resolve("embed/topic/healthy-relationships"))
        .contains("title=\"Healthy Relationships\"", "width=\"640\"", "height=\"800\"");
  }

  @Test
  void oembedKeepsThePagesKeyStageAndTheConsumersSmallerWidth() throws Exception {
    String page = base.toURI().resolve("topics/healthy-relationships?key-stage=ks3").toString();
    HttpResponse<String> response =
        get("api/oembed?maxwidth=300&url=" + java.net.URLEncoder.encode(page, "UTF-8"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject embed = json(response.body()).asJsonObject();
    assertThat(embed.getInt("width")).isEqualTo(300);
    assertThat(embed.getString("html"))
        .contains("embed/topic/healthy-relationships?key-stage=ks3\"", "width=\"300\"");
  }

  @Test
  void oembedRefusesWithProblemsThatNameTheParameter() throws Exception {
    HttpResponse<String> noUrl = get("api/oembed");
    assertThat(noUrl.statusCode()).isEqualTo(400);
    assertThat(noUrl.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(noUrl.body()).asJsonObject().getString("field")).isEqualTo("url");

    HttpResponse<String> tooNarrow =
        get("api/oembed?maxwidth=50&url=" + base.toURI().resolve("topics/pollution"));
    assertThat(tooNarrow.statusCode()).isEqualTo(400);
    assertThat(json(tooNarrow.body()).asJsonObject().getString("field")).isEqualTo("maxwidth");

    HttpResponse<String> elsewhere =
        get("api/oembed?url=https://elsewhere.example/topics/healthy-relationships");
    assertThat(elsewhere.statusCode()).isEqualTo(404);
    assertThat(json(elsewhere.body()).asJsonObject().getString("detail"))
        .contains("not a topic page of this site");

    HttpResponse<String> xml =
        get("api/oembed?format=xml&url=" + base.toURI().resolve("topics/pollution"));
    assertThat(xml.statusCode()).isEqualTo(501);
    assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void oembedsFirstAddressRedirectsToTheApiWithTheSameQuery() throws Exception {
    HttpResponse<String> response = get("oembed?format=json&url=x");

    assertThat(response.statusCode()).isEqualTo(308);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/oembed?format=json&url=x"));
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = base.toURI().resolve(path);
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static jakarta.json.JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
