package org.signpost.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * signpost.ear as built, deployed on a full Payara Server by README's recipe: the data source from
 * environment variables, on PostgreSQL, the widgets at {@code /} and the console at {@code /admin}.
 * The demo topic reads through the API and its page, and an administrator signs in.
 */
class EarOnPayaraServerIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theEarRunsOnPayaraServerWithItsTopicsPagesAndConsole() throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.start();
        PayaraServer server =
            PayaraServer.start(
                Map.of(
                    "SIGNPOST_DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource",
                    "SIGNPOST_DB_URL", postgres.url(),
                    "SIGNPOST_DB_USER", "postgres",
                    "SIGNPOST_DB_PASSWORD", "",
                    "SIGNPOST_ADMIN_PASSWORD", SignpostInstance.ADMIN_PASSWORD,
                    "SIGNPOST_LINKS_CHECK_HOURS", "0"))) {
      server.deploy(Path.of(System.getProperty("signpost.ear")));

      HttpResponse<String> topic = get(server.base() + "/api/v1/topics/healthy-relationships");
      assertThat(topic.statusCode()).as(server.log()).isEqualTo(200);
      assertThat(topic.body()).contains("\"title\":\"Healthy Relationships\"");

      HttpResponse<String> page = get(server.base() + "/topics/healthy-relationships");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<h1", "Healthy Relationships");

      HttpResponse<String> signIn = get(server.base() + "/admin/sign-in.xhtml");
      assertThat(signIn.statusCode()).isEqualTo(200);
      assertThat(signIn.body()).contains("Sign in");

      try (ConsoleBrowser admin = new ConsoleBrowser(server.base() + "/admin")) {
        admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
        admin.open("/topics.xhtml");
        assertThat(admin.awaitText("Healthy Relationships")).contains("Pollution");
      }
    }
  }

  private HttpResponse<String> get(String address) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
