package org.signpost.widgets.render;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.persistence.SignpostUnit;
import org.signpost.core.topic.JpaTopicRepository;
import org.signpost.core.topic.Topic;
import org.signpost.core.topic.TopicDetails;
import org.signpost.core.topic.TopicDraft;
import org.signpost.core.topic.workflow.TopicWorkflow;

/**
 * A change published through core, from another process as another instance would, shows in the
 * widgets war's cached fragment, API and page within two seconds.
 */
public abstract class FreshnessChecks {

  private static final Duration PROMISE = Duration.ofSeconds(2);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Where the public side answers, set by the suite that deployed it. */
  protected URL base;

  @Test
  void aPublishedChangeReachesEveryCachedViewWithinTwoSeconds() throws Exception {
    List<String> views =
        List.of(
            "widgets/v1/fragments/topic/healthy-relationships?key-stage=ks3",
            "api/v1/topics/healthy-relationships",
            "topics/healthy-relationships");
    for (String view : views) {
      assertThat(get(view)).contains("Healthy Relationships");
    }
    String summary = "Revised summary " + UUID.randomUUID();

    publishSummary("healthy-relationships", summary);
    long published = System.nanoTime();

    for (String view : views) {
      while (!get(view).contains(summary)) {
        assertThat(Duration.ofNanos(System.nanoTime() - published))
            .as("time until %s shows the change", view)
            .isLessThan(PROMISE);
        Thread.sleep(25);
      }
    }
    assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(PROMISE);
  }

  private static void publishSummary(String slug, String summary) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.jdbc.url", System.getProperty("signpost.it.db.url"));
    properties.put("jakarta.persistence.jdbc.user", "signpost");
    properties.put("jakarta.persistence.jdbc.password", "signpost");
    properties.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
    EntityManagerFactory factory =
        Persistence.createEntityManagerFactory(SignpostUnit.NAME, properties);
    try {
      EntityManager em = factory.createEntityManager();
      em.getTransaction().begin();
      Topic topic = new JpaTopicRepository(em).findBySlug(slug).orElseThrow();
      TopicDetails details = topic.details();
      TopicWorkflow workflow =
          new TopicWorkflow(
              new JpaTopicRepository(em),
              new org.signpost.core.resource.JpaResourceRepository(em),
              new ContentRevision(em, Clock.systemUTC()),
              new RevisionLog(em, Clock.systemUTC()),
              Clock.systemUTC());
      Actor editor = Actor.of("freshness-test", Role.EDITOR);
      workflow.save(
          slug,
          topic.version(),
          new TopicDraft(
              new TopicDetails(
                  details.title(),
                  summary,
                  details.introduction(),
                  details.audience(),
                  details.owner()),
              topic.sections().stream().map(s -> s.content()).toList(),
              topic.resources().stream().map(r -> r.slug()).toList()),
          editor);
      workflow.submitForReview(slug, editor);
      workflow.publish(slug, topic.version(), Actor.of("freshness-reviewer", Role.REVIEWER));
      em.getTransaction().commit();
      em.close();
    } finally {
      factory.close();
    }
  }

  private String get(String path) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
