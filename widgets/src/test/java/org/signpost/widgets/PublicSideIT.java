package org.signpost.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signpost.widgets.api.CatalogueApiChecks;
import org.signpost.widgets.api.TopicsApiChecks;
import org.signpost.widgets.browser.EmbeddingInBrowserChecks;
import org.signpost.widgets.browser.QuickExitInBrowserChecks;
import org.signpost.widgets.browser.WordPressEmbedChecks;
import org.signpost.widgets.feedback.FeedbackApiChecks;
import org.signpost.widgets.render.FreshnessChecks;

/**
 * The public side as built, deployed once on Payara Micro for every check of it: each start costs
 * about 17 seconds of a two-core machine, and the checks only read it from outside, as readers,
 * host sites and WordPress do. The suite's own test runs first, since JUnit runs a class's methods
 * before its nested classes, and finds the deployment's address, which the nested checks share. The
 * freshness check publishes a change, so it comes last.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class PublicSideIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive widgets() {
    return WidgetsWar.asBuilt();
  }

  @Test
  void thePublicSideIsReadyWithTheDemoContent() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> ready =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> topics =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("api/v1/topics")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(topics.body()).contains("healthy-relationships");
  }

  private URL deployed() {
    assertThat(base).as("the deployment's address, found by the suite's own test").isNotNull();
    return base;
  }

  @Nested
  @Order(1)
  class CatalogueApi extends CatalogueApiChecks {
    CatalogueApi() {
      base = deployed();
    }
  }

  @Nested
  @Order(2)
  class TopicsApi extends TopicsApiChecks {
    TopicsApi() {
      base = deployed();
    }
  }

  @Nested
  @Order(3)
  class FeedbackApi extends FeedbackApiChecks {
    FeedbackApi() {
      base = deployed();
    }
  }

  @Nested
  @Order(4)
  class EmbeddingInBrowser extends EmbeddingInBrowserChecks {
    EmbeddingInBrowser() {
      base = deployed();
    }
  }

  @Nested
  @Order(5)
  class QuickExitInBrowser extends QuickExitInBrowserChecks {
    QuickExitInBrowser() {
      base = deployed();
    }
  }

  @Nested
  @Order(6)
  class WordPressEmbed extends WordPressEmbedChecks {
    WordPressEmbed() {
      base = deployed();
    }
  }

  @Nested
  @Order(7)
  class Freshness extends FreshnessChecks {
    Freshness() {
      base = deployed();
    }
  }
}
