package org.signpost.core.linkhealth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.signpost.core.pack.DemoContent;
import org.signpost.core.pack.PackImportFixture;
import org.signpost.core.persistence.PersistenceHarness;
import org.signpost.core.persistence.TestDatabase;
import org.signpost.core.resource.JpaResourceRepository;
import org.signpost.core.resource.LinkHealth;
import org.signpost.core.resource.LinkStatus;

/** The link checker against a local HTTP server that answers as each case needs. */
class LinkCheckerIT {

  private static WireMockServer server;

  /** The stand-in site listens on loopback, which only the test-only setting lets a check reach. */
  private final LinkChecker checker =
      new LinkChecker(Duration.ofSeconds(1), Clock.systemUTC(), true);

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(head(urlEqualTo("/ok")).willReturn(aResponse().withStatus(200)));
    server.stubFor(head(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
    server.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
    server.stubFor(head(urlEqualTo("/no-head")).willReturn(aResponse().withStatus(405)));
    server.stubFor(get(urlEqualTo("/no-head")).willReturn(aResponse().withStatus(200)));
    server.stubFor(
        head(urlEqualTo("/moved"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", "/new-home")));
    server.stubFor(
        head(urlEqualTo("/new-home"))
            .willReturn(aResponse().withStatus(302).withHeader("Location", "/ok")));
    server.stubFor(
        head(urlEqualTo("/loop"))
            .willReturn(aResponse().withStatus(302).withHeader("Location", "/loop")));
    server.stubFor(
        head(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
    server.stubFor(
        get(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
    server.stubFor(
        head(urlEqualTo("/to-internal"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "http://127.0.0.2:" + server.port() + "/admin/")));
    server.stubFor(head(urlEqualTo("/error")).willReturn(aResponse().withStatus(503)));
    server.stubFor(get(urlEqualTo("/error")).willReturn(aResponse().withStatus(503)));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void anAddressThatAnswersIsOk() {
    LinkHealth health = checker.check(address("/ok"));

    assertThat(health.status()).isEqualTo(LinkStatus.OK);
    assertThat(health.httpStatus()).isEqualTo(200);
    assertThat(health.checkedAt()).isNotNull();
  }

  @Test
  void anAddressInsideTheMachineOrItsNetworkIsNotFetched() {
    LinkChecker asShipped = new LinkChecker(Duration.ofSeconds(1), Clock.systemUTC(), false);
    int before = server.getAllServeEvents().size();

    for (String inside :
        List.of(
            address("/ok"),
            "http://localhost:" + server.port() + "/ok",
            "http://[::1]:" + server.port() + "/ok",
            "http://0.0.0.0:" + server.port() + "/ok",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.1.2.3/",
            "http://192.168.0.1/",
            "http://[fd00::1]/")) {
      LinkHealth health = asShipped.check(inside);
      assertThat(health.status()).as(inside).isEqualTo(LinkStatus.PRIVATE_ADDRESS);
      assertThat(health.httpStatus()).as(inside).isNull();
    }
    assertThat(server.getAllServeEvents()).as("requests that reached the site").hasSize(before);
  }

  @Test
  void aRedirectToAPrivateAddressIsNotFollowed() {
    // 127.0.0.1 stands for a public site here; 127.0.0.2 for the machine's own services.
    LinkChecker onlyTheSite =
        new LinkChecker(
            Duration.ofSeconds(1), Clock.systemUTC(), a -> a.getHostAddress().equals("127.0.0.1"));

    LinkHealth health = onlyTheSite.check(address("/to-internal"));

    assertThat(health.status()).isEqualTo(LinkStatus.PRIVATE_ADDRESS);
    assertThat(health.finalUrl()).isEqualTo("http://127.0.0.2:" + server.port() + "/admin/");
    server.verify(0, headRequestedFor(urlEqualTo("/admin/")));
  }

  @Test
  void whenHeadIsRefusedAGetDecides() {
    LinkHealth health = checker.check(address("/no-head"));

    assertThat(health.status()).isEqualTo(LinkStatus.OK);
    server.verify(headRequestedFor(urlEqualTo("/no-head")));
    server.verify(getRequestedFor(urlEqualTo("/no-head")));
  }

  @Test
  void redirectsAreFollowedAndWhereTheyEndIsRecorded() {
    LinkHealth health = checker.check(address("/moved"));

    assertThat(health.status()).isEqualTo(LinkStatus.REDIRECTED);
    assertThat(health.finalUrl()).isEqualTo(address("/ok"));
  }

  @Test
  void missingPagesServerErrorsAndEndlessRedirectsAreBroken() {
    assertThat(checker.check(address("/gone")))
        .satisfies(h -> assertThat(h.status()).isEqualTo(LinkStatus.BROKEN))
        .satisfies(h -> assertThat(h.httpStatus()).isEqualTo(404));
    assertThat(checker.check(address("/error")).status()).isEqualTo(LinkStatus.BROKEN);
    assertThat(checker.check(address("/loop")).status()).isEqualTo(LinkStatus.BROKEN);
  }

  @Test
  void noAnswerOrTooSlowAnAnswerIsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertThat(checker.check("http://127.0.0.1:" + closedPort + "/").status())
        .isEqualTo(LinkStatus.UNREACHABLE);
    assertThat(checker.check(address("/slow")).status()).isEqualTo(LinkStatus.UNREACHABLE);
  }

  @Test
  void aRunChecksEachAddressOnceAndRecordsItOnEveryResourceThatUsesIt() {
    try (PersistenceHarness db = PersistenceHarness.start(TestDatabase.H2)) {
      db.run(em -> PackImportFixture.importer(em).apply(DemoContent.load(), "test"));
      db.run(
          em -> {
            em.createQuery("UPDATE Resource r SET r.url = :url")
                .setParameter("url", address("/ok"))
                .executeUpdate();
            em.createQuery("UPDATE Resource r SET r.url = :url WHERE r.slug = :slug")
                .setParameter("url", address("/gone"))
                .setParameter("slug", "childline-safety-plan")
                .executeUpdate();
          });

      LinkCheckRun run =
          db.inTransaction(
              em ->
                  new LinkHealthChecks(
                          new LinkHealthRecorder(new JpaResourceRepository(em)),
                          checker,
                          Clock.systemUTC())
                      .start(Runnable::run));

      assertThat(run.finished()).isTrue();
      assertThat(run.total()).isEqualTo(2);
      assertThat(run.percent()).isEqualTo(100);
      assertThat(run.found(LinkStatus.OK)).isEqualTo(1);
      assertThat(run.found(LinkStatus.BROKEN)).isEqualTo(1);
      List<Object[]> stored =
          db.inTransaction(
              em ->
                  em.createQuery(
                          "SELECT r.slug, r.linkHealth.status FROM Resource r", Object[].class)
                      .getResultList());
      assertThat(stored)
          .allSatisfy(
              row ->
                  assertThat(row[1])
                      .isEqualTo(
                          row[0].equals("childline-safety-plan")
                              ? LinkStatus.BROKEN
                              : LinkStatus.OK));
    }
  }

  private static String address(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }
}
