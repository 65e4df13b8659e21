package org.signpost.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.DistributedObject;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.signpost.core.grid.GridName;

/**
 * Two instances in one data grid behind nginx, started with {@code cluster.sh}: nothing listens
 * beyond loopback, the grid refuses whoever cannot name it from the secret, and a session id read
 * from the grid opens nothing without its proof; a change published on one is what the other's
 * widgets serve within two seconds; the feedback limit holds across the instances; and when each
 * instance is killed in turn under load (the grid's oldest member first), no request through nginx
 * fails, the curator stays signed in and saves the page opened before, and every answer accepted is
 * stored once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String TOPIC = "healthy-relationships";
  private static final String REVIEWER = "robin-reviewer";
  private static final int BURST = 5;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private LocalCluster cluster;

  @BeforeAll
  void up() throws Exception {
    cluster =
        LocalCluster.up(
            2,
            Map.of(
                "SIGNPOST_FEEDBACK_BURST",
                Integer.toString(BURST),
                "SIGNPOST_FEEDBACK_PER_MINUTE",
                "1"));
  }

  @AfterAll
  void down() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(0)
  void theGridAnswersNoOneWithoutTheSecretAndItsSessionIdsOpenNothing() throws Exception {
    for (int i = 1; i <= 2; i++) {
      assertThat(ListeningSockets.of(cluster.pid(i)))
          .as("instance %d's HTTP and grid ports, on loopback only", i)
          .hasSize(2)
          .allMatch(ListeningSockets::isLoopback);
    }

    assertThatThrownBy(() -> gridClient("signpost"))
        .as("a client naming the grid as README used to is refused")
        .isInstanceOf(IllegalStateException.class);

    SignIn admin =
        signIn(cluster.instance(1), "admin", SignpostInstance.ADMIN_PASSWORD, "203.0.113.70");
    assertThat(admin.answer().statusCode()).as("signed in").isEqualTo(302);
    String session = admin.cookies().get("JSESSIONID");
    assertThat(accountsPage(admin.cookiesBut()))
        .as("the browser that signed in opens the accounts page")
        .isEqualTo(200);

    // Someone who can read the grid (here: who knows the secret) finds the session's id in it...
    HazelcastInstance reader = gridClient(GridName.of(cluster.secret()));
    try {
      assertThat(sessionIdsIn(reader)).as("the session ids the grid holds").contains(session);
    } finally {
      reader.shutdown();
    }
    // ...and with it, and every other cookie of that browser but the proof, opens nothing.
    String withoutProof = admin.cookiesBut("signpost-session-proof");
    assertThat(withoutProof).contains("JSESSIONID=" + session);
    assertThat(accountsPage(withoutProof))
        .as("the session id read from the grid, without its proof, is sent to sign in")
        .isEqualTo(302);
    assertThat(accountsPage(withoutProof + "; signpost-session-proof=forged")).isEqualTo(302);
  }

  private HazelcastInstance gridClient(String name) {
    ClientConfig config = new ClientConfig().setClusterName(name);
    config.getNetworkConfig().addAddress("127.0.0.1:" + cluster.gridPort(1));
    config
        .getConnectionStrategyConfig()
        .getConnectionRetryConfig()
        .setClusterConnectTimeoutMillis(5_000);
    config.setProperty("hazelcast.logging.type", "jdk");
    return HazelcastClient.newHazelcastClient(config);
  }

  /** Every key of the grid's maps that is text: the ids of the sessions kept there, with others. */
  private static Set<String> sessionIdsIn(HazelcastInstance grid) {
    Set<String> keys = new java.util.HashSet<>();
    for (DistributedObject object : grid.getDistributedObjects()) {
      if (object instanceof IMap<?, ?> map) {
        try {
          map.keySet().forEach(key -> keys.add(String.valueOf(key)));
        } catch (RuntimeException notReadableHere) {
          // keys of Payara's own classes
        }
      }
    }
    return keys;
  }

  private int accountsPage(String cookies) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(cluster.instance(2) + "/admin/accounts.xhtml"))
                .header("Cookie", cookies)
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  @Order(1)
  void aChangePublishedOnOneInstanceIsWhatTheOthersWidgetsServeWithinTwoSeconds() throws Exception {
    String change = "Checked by the school nursing team on " + UUID.randomUUID() + ".";
    String console = cluster.instance(1) + "/admin";
    try (ConsoleBrowser admin = new ConsoleBrowser(console)) {
      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      admin.awaitText("You are signed in as admin.");
      admin.clickLink("Accounts");
      ConsoleJourneysIT.createAccount(
          admin, REVIEWER, "Robin Reviewer", "Reviewer (approves and publishes, or sends back)");
      admin.open("/topic.xhtml?slug=" + TOPIC);
      admin.type("summary", change);
      admin.click("save");
      admin.awaitText("Readers keep seeing the published version");
      admin.click("submitForReview");
      admin.awaitText("Sent for review.");
    }
    String fragment = cluster.instance(2) + "/widgets/v1/fragments/topic/" + TOPIC;
    assertThat(get(fragment).body()).doesNotContain(change);

    Instant published;
    try (ConsoleBrowser reviewer = new ConsoleBrowser(console)) {
      reviewer.signIn(REVIEWER, ConsoleJourneysIT.PASSWORD);
      reviewer.open("/topic.xhtml?slug=" + TOPIC);
      reviewer.click("publish");
      published = Instant.now();
      reviewer.awaitText("Published.");
    }

    Duration seen = awaitBody(fragment, change, published, Duration.ofSeconds(10));
    System.out.printf(
        "Published on instance 1, served by instance 2 after %d ms%n", seen.toMillis());
    assertThat(seen)
        .as("published on instance 1, served by instance 2")
        .isLessThan(Duration.ofSeconds(2));
  }

  @Test
  @Order(2)
  void aClientSendingFeedbackToBothInstancesHasOneAllowance() throws Exception {
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 4 * BURST; i++) {
      int status = sendFeedback(cluster.instance(1 + i % 2), UUID.randomUUID(), "192.0.2.77");
      if (status == 202) {
        accepted++;
      } else if (status == 429) {
        refused++;
      }
    }

    assertThat(accepted)
        .as("answers accepted from one client, half sent to each instance")
        .isBetween(BURST, BURST + 1);
    assertThat(refused).isEqualTo(4 * BURST - accepted);
  }

  @Test
  @Order(3)
  void guessesAtOneLoginSpreadOverBothInstancesArePausedTogetherAndPauseOnlyTheGuesser()
      throws Exception {
    List<Boolean> paused = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      paused.add(wrongPassword(cluster.instance(1 + i % 2), "admin", "203.0.113.50"));
    }

    assertThat(paused.subList(0, 10)).as("the first ten guesses are checked").containsOnly(false);
    assertThat(paused.subList(10, 12))
        .as("then sign-in is paused for the guesser on both instances")
        .containsOnly(true);
    assertThat(
            signIn(cluster.instance(2), "admin", SignpostInstance.ADMIN_PASSWORD, "198.51.100.20")
                .answer()
                .statusCode())
        .as("the administrator, on a new laptop elsewhere, signs in while the stranger is paused")
        .isEqualTo(302);
    assertThat(
            signIn(cluster.instance(1), "admin", SignpostInstance.ADMIN_PASSWORD, "203.0.113.50")
                .answer()
                .body())
        .as("the guesser is paused even with the right password")
        .contains("sign-in is paused");
  }

  @Test
  @Order(4)
  void killingEachInstanceInTurnUnderLoadFailsNoRequestLosesNoPageAndNoAnswer() throws Exception {
    try (ConsoleBrowser curator = new ConsoleBrowser(cluster.front() + "/admin")) {
      curator.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      curator.awaitText("You are signed in as admin.");
      curator.open("/topic.xhtml?slug=" + TOPIC);

      Load load = new Load(cluster.front());
      load.start();
      // Whichever instance signed the curator in and served the editor, it dies: first the grid's
      // oldest member, then, once it is back, the other.
      Thread.sleep(2_000);
      cluster.kill(1);
      Thread.sleep(3_000);
      cluster.startMissingInstances(2);
      Thread.sleep(10_000);
      cluster.kill(2);
      Thread.sleep(3_000);

      String owner = "School nursing team, saved after both instances were killed in turn";
      curator.type("owner", owner);
      curator.click("save");
      curator.awaitText("Saved.");
      load.stop();
      System.out.printf(
          "Under load through nginx, both instances killed in turn: %d reads, %d answers accepted,"
              + " %d sent again on a fresh connection, %d failed%n",
          load.reads.get(), load.accepted.size(), load.resent.get(), load.failures.size());

      assertThat(load.failures).as("failed requests through nginx").isEmpty();
      assertThat(load.reads.get()).as("pages and API reads answered").isGreaterThan(100);
      assertThat(load.accepted).as("answers accepted").hasSizeGreaterThan(20);
      assertThat(storedOnce(load.accepted))
          .as("accepted answers stored, each once")
          .isEqualTo(load.accepted.size());

      curator.open("/topic.xhtml?slug=" + TOPIC);
      assertThat(curator.value("owner"))
          .as("the page opened before both deaths was saved, by the curator still signed in")
          .isEqualTo(owner);
      curator.open("/index.xhtml");
      curator.awaitText("You are signed in as admin.");
    }
    for (int i = 1; i <= 2; i++) {
      assertThat(cluster.log(i))
          .as("instance " + i + " kept every session attribute in the grid")
          .doesNotContain("Cannot serialize session attribute");
    }
  }

  /** Reads past nginx's cache (with a cookie) and sends answers, four at a time, until stopped. */
  private final class Load {
    private final String front;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger clients = new AtomicInteger();
    private final AtomicInteger resent = new AtomicInteger();
    final Set<UUID> accepted = ConcurrentHashMap.newKeySet();
    final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    Load(String front) {
      this.front = front;
    }

    void start() {
      for (int t = 0; t < 4; t++) {
        boolean sends = t == 3;
        threads.submit(() -> (sends ? sendAnswers() : readPages()));
      }
    }

    private Void readPages() {
      List<String> paths =
          List.of("/widgets/v1/fragments/topic/" + TOPIC, "/api/v1/topics", "/topics/" + TOPIC);
      int i = 0;
      while (running.get()) {
        String path = paths.get(i++ % paths.size());
        try {
          HttpResponse<String> answer =
              http.send(
                  HttpRequest.newBuilder(URI.create(front + path))
                      .header("Cookie", "past-the-cache=1")
                      .timeout(Duration.ofSeconds(20))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200) {
            reads.incrementAndGet();
          } else {
            failures.add(path + " answered " + answer.statusCode());
          }
        } catch (Exception e) {
          failures.add(path + ": " + e);
        }
      }
      return null;
    }

    private Void sendAnswers() {
      while (running.get()) {
        UUID key = UUID.randomUUID();
        int client = clients.incrementAndGet();
        String address = "10.1." + (client / 250) % 250 + "." + (1 + client % 250);
        try {
          int status;
          try {
            status = sendFeedback(front, key, address);
          } catch (java.io.IOException closedUnderIt) {
            // nginx closes its kept-open connections when cluster.sh reloads it; a browser sends
            // a POST again when a reused connection closes before any answer, and the widget's
            // Idempotency-Key makes that safe: the same key again, stored once all the same.
            resent.incrementAndGet();
            status = sendFeedback(front, key, address);
          }
          if (status == 202) {
            accepted.add(key);
          } else {
            failures.add("feedback answered " + status);
          }
        } catch (Exception e) {
          failures.add("feedback: " + e);
        }
      }
      return null;
    }

    void stop() throws InterruptedException {
      running.set(false);
      threads.shutdown();
      threads.awaitTermination(60, TimeUnit.SECONDS);
    }
  }

  /** Signs in with a wrong password as a fresh browser would; true when sign-in was paused. */
  private boolean wrongPassword(String base, String login, String client) throws Exception {
    HttpResponse<String> answer = signIn(base, login, "not the password", client).answer();
    boolean paused = answer.body().contains("sign-in is paused");
    assertThat(paused || answer.body().contains("The login or password is not right"))
        .as("the sign-in page refused the guess, saying why")
        .isTrue();
    return paused;
  }

  /** The sign-in form's answer, and the cookies the browser holds after it (name to value). */
  private record SignIn(HttpResponse<String> answer, Map<String, String> cookies) {
    /** Every cookie the browser holds but those named. */
    String cookiesBut(String... left) {
      Set<String> out = Set.of(left);
      return cookies.entrySet().stream()
          .filter(cookie -> !out.contains(cookie.getKey()))
          .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
          .collect(Collectors.joining("; "));
    }
  }

  /** Fills in and sends the sign-in form as a fresh browser at {@code client} would. */
  private SignIn signIn(String base, String login, String password, String client)
      throws Exception {
    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/admin/sign-in.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    Map<String, String> cookies = new java.util.LinkedHashMap<>();
    keepCookies(form, cookies);
    String state =
        find(form.body(), "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");
    String nonce = find(form.body(), "<script[^>]* nonce=\"([^\"]+)\"");
    String body =
        Map.of(
                "signIn",
                "signIn",
                "login",
                login,
                "password",
                password,
                "submit",
                "",
                "jakarta.faces.ViewState",
                state,
                "primefaces.nonce",
                nonce)
            .entrySet()
            .stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/admin/sign-in.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", new SignIn(form, cookies).cookiesBut())
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    keepCookies(answer, cookies);
    return new SignIn(answer, cookies);
  }

  private static void keepCookies(HttpResponse<?> response, Map<String, String> cookies) {
    for (String set : response.headers().allValues("Set-Cookie")) {
      String pair = set.split(";")[0];
      int equals = pair.indexOf('=');
      cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
    }
  }

  private static String find(String page, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(page);
    if (!m.find()) {
      throw new AssertionError("no " + pattern + " in the sign-in page");
    }
    return m.group(1);
  }

  private int sendFeedback(String base, UUID key, String client) throws Exception {
    String body =
        "{\"topic\":\"" + TOPIC + "\",\"page\":\"/topics/" + TOPIC + "\",\"helpful\":true}";
    return http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key.toString())
                .header("X-Forwarded-For", client)
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** How many of {@code keys} the feedback table holds, each counted as often as it is there. */
  private int storedOnce(Set<UUID> keys) throws Exception {
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + cluster.database(), "postgres", "");
        PreparedStatement count =
            db.prepareStatement("SELECT count(*) FROM feedback WHERE submission_key = ANY (?)")) {
      count.setArray(1, db.createArrayOf("varchar", keys.stream().map(UUID::toString).toArray()));
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private HttpResponse<String> get(String address) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** How long after {@code since} the page at {@code address} first held {@code text}. */
  private Duration awaitBody(String address, String text, Instant since, Duration patience)
      throws Exception {
    while (Duration.between(since, Instant.now()).compareTo(patience) < 0) {
      HttpResponse<String> response = get(address);
      if (response.statusCode() == 200 && response.body().contains(text)) {
        return Duration.between(since, Instant.now());
      }
      Thread.sleep(50);
    }
    throw new AssertionError(address + " did not show \"" + text + "\" within " + patience);
  }
}
