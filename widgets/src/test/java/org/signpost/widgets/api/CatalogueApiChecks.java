package org.signpost.widgets.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The resource catalogue, revalidation and cross-origin reading, on the war as built. */
public abstract class CatalogueApiChecks {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Where the public side answers, set by the suite that deployed it. */
  protected URL base;

  @Test
  void ks3ResourcesOfATopicComeWithTheTotalAndPageLinks() throws Exception {
    HttpResponse<String> response =
        get("api/v1/resources?topic=healthy-relationships&key-stage=Key%20Stage%203");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject listing = json(response.body());
    assertThat(listing.getInt("total")).isEqualTo(2);
    assertThat(listing.getJsonArray("items").stream().map(r -> r.asJsonObject().getString("slug")))
        .containsExactly("nspcc-healthy-relationships-ks3", "childline-safety-plan");
    assertThat(response.headers().firstValue("X-Total-Count")).hasValue("2");
    assertThat(response.headers().allValues("Link"))
        .anySatisfy(link -> assertThat(link).contains("rel=\"first\""));
  }

  @Test
  void pagesLinkToTheirNeighbours() throws Exception {
    HttpResponse<String> second = get("api/v1/resources?size=3&page=2");

    JsonObject listing = json(second.body());
    assertThat(listing.getInt("page")).isEqualTo(2);
    assertThat(listing.getInt("pages")).isEqualTo(3);
    assertThat(String.join(",", second.headers().allValues("Link")))
        .contains("page=1>; rel=\"prev\"", "page=3>; rel=\"next\"", "page=3>; rel=\"last\"");
  }

  @Test
  void anUnknownKeyStageIsA400ThatNamesTheParameterAndTheAcceptedValues() throws Exception {
    HttpResponse<String> response = get("api/v1/resources?key-stage=year%209");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonObject problem = json(response.body());
    assertThat(problem.getString("field")).isEqualTo("key-stage");
    assertThat(problem.getJsonArray("accepted").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("eyfs", "ks1", "ks2", "ks3", "ks4", "ks5");
  }

  @Test
  void aPageSizeOutOfBoundsIsA400() throws Exception {
    HttpResponse<String> response = get("api/v1/resources?size=1000");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response.body()).getString("field")).isEqualTo("size");
  }

  @Test
  void aRepeatedReadWithTheTagIsA304WithoutABody() throws Exception {
    HttpResponse<String> first = get("api/v1/topics");
    String tag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again =
        HTTP.send(
            HttpRequest.newBuilder(base.toURI().resolve("api/v1/topics"))
                .header("If-None-Match", tag)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(first.headers().firstValue("Cache-Control"))
        .hasValue(
            "public, max-age=60, s-maxage=1, stale-while-revalidate=600, stale-if-error=86400");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(tag);
  }

  @Test
  void anyOriginMayReadWithoutCredentials() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(base.toURI().resolve("api/v1/key-stages"))
                .header("Origin", "http://school.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void theOpenApiDocumentIsServed() throws Exception {
    HttpResponse<String> response = get("api/openapi.yaml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("openapi: 3.0.3").contains("/api/v1/resources:");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
