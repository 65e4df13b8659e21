package org.signpost.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * Signpost tried as an attacker would from loopback, one finding of the security review at a time:
 * each test does what the attacker did and asserts what must happen instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityProbesIT {

  private static final String FORGED = "attacker.example";

  private SignpostInstance signpost;
  private String realHost;

  @BeforeAll
  void start() throws Exception {
    signpost = SignpostInstance.startOwn(Map.of());
    URI base = URI.create(signpost.base());
    realHost = base.getHost() + ":" + base.getPort();
  }

  @AfterAll
  void stop() throws Exception {
    signpost.close();
  }

  @Test
  void aSingleInstanceListensOnLoopbackOnly() throws Exception {
    assertThat(ListeningSockets.of(signpost.pid()))
        .as("the HTTP port and the grid's, as ss -ltnp lists them")
        .isNotEmpty()
        .allMatch(ListeningSockets::isLoopback);
  }

  @Test
  void aFloodOfDistinctJunkParametersLeavesTheHeapFlat() throws Exception {
    String fragment =
        signpost.base() + "/widgets/v1/fragments/topic/healthy-relationships?key-stage=ks3";
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    assertThat(http.send(get(fragment), HttpResponse.BodyHandlers.ofString()).body())
        .contains("Healthy Relationships");
    long before = HeapInUse.afterFullCollection(signpost.pid());

    ExecutorService readers = Executors.newFixedThreadPool(4);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      String junk = i + "-" + "j".repeat(6_000);
      answers.add(
          readers.submit(
              () ->
                  http.send(
                          get(fragment + "&v=1&j=" + junk), HttpResponse.BodyHandlers.discarding())
                      .statusCode()));
    }
    for (Future<Integer> answer : answers) {
      assertThat(answer.get()).isEqualTo(200);
    }
    readers.shutdown();
    long after = HeapInUse.afterFullCollection(signpost.pid());

    assertThat(after - before)
        .as("bytes the heap kept after 6,000 distinct addresses for one fragment")
        .isLessThan(24L * 1024 * 1024);
  }

  private static HttpRequest get(String address) {
    return HttpRequest.newBuilder(URI.create(address)).build();
  }

  @Test
  void anAccountEditRefusedInOnePartChangesNothing() {
    try (ConsoleBrowser admin = new ConsoleBrowser(signpost.console())) {
      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      admin.clickLink("Accounts");
      ConsoleJourneysIT.createAccount(
          admin, "half.edit", "Half Edit", "Editor (writes and submits for review)");
      admin
          .driver()
          .findElement(
              By.xpath("//tr[td[normalize-space(.)='half.edit']]//button[contains(@id, 'edit')]"))
          .click();
      admin.type("editEmail", "not an address");
      admin
          .driver()
          .findElement(
              By.xpath(
                  "//label[starts-with(@for, 'editRoles')"
                      + " and starts-with(normalize-space(.), 'Reviewer')]"))
          .click();
      admin.click("saveEdit");
      admin.awaitText("is not an e-mail address");

      admin.open("/accounts.xhtml");
      String row =
          admin
              .driver()
              .findElement(By.xpath("//tr[td[normalize-space(.)='half.edit']]"))
              .getText();
      assertThat(row)
          .as("the roles of a refused edit")
          .contains("Editor")
          .doesNotContain("Reviewer");
    }
  }

  @Test
  void theConsolesPageSourcesAreNotServedAsFilesFromTheOneWar() throws Exception {
    String host = URI.create(signpost.base()).getAuthority();
    List<String> sources = new ArrayList<>(List.of("/resources/signpost/console.css"));
    try (var pages = Files.list(Path.of("../web/src/main/webapp"))) {
      pages
          .map(page -> "/" + page.getFileName())
          .filter(name -> name.endsWith(".xhtml"))
          .forEach(sources::add);
    }
    for (String source : sources) {
      RawHttp.Answer answer = RawHttp.get(signpost.base(), source, host);
      assertThat(answer.status()).as(source).isIn(403, 404);
      assertThat(answer.body()).as(source).doesNotContain("ui:composition", "xmlns:h=");
    }
    RawHttp.Answer page = RawHttp.get(signpost.base(), "/admin/sign-in.xhtml", host);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("/admin/jakarta.faces.resource/").doesNotContain("ui:");
  }

  @Test
  void aForgedHostGetsNoLinkNoMailAndNoPageAndRedirectsCarryNoHost() throws Exception {
    RawHttp.Answer console = RawHttp.get(signpost.base(), "/admin/", FORGED);
    assertThat(console.status()).isEqualTo(302);
    assertThat(console.header("Location")).hasValue("/admin/sign-in.xhtml");

    for (String page : List.of("/admin/sign-in.xhtml", "/admin/forgot-password.xhtml")) {
      RawHttp.Answer refused = RawHttp.get(signpost.base(), page, FORGED);
      assertThat(refused.status()).as(page).isEqualTo(400);
      assertThat(refused.body()).as(page).doesNotContain(FORGED);
    }

    for (String address :
        List.of(
            "/topics/healthy-relationships",
            "/widgets/v1/fragments/resources?topic=healthy-relationships&key-stage=ks3",
            "/embed/topic/healthy-relationships",
            "/feeds/updates.atom",
            "/api/v1/topics/healthy-relationships",
            "/api/oembed?format=json&url="
                + URLEncoder.encode(
                    "http://" + realHost + "/topics/healthy-relationships", StandardCharsets.UTF_8),
            "/widgets/v1/signpost.js")) {
      RawHttp.Answer refused = RawHttp.get(signpost.base(), address, FORGED);
      assertThat(refused.status()).as(address).isEqualTo(400);
      assertThat(refused.header("Content-Type")).as(address).hasValue("application/problem+json");
      assertThat(refused.header("Cache-Control")).as(address).hasValue("no-store");
      assertThat(refused.body()).as(address).doesNotContain(FORGED);

      RawHttp.Answer served = RawHttp.get(signpost.base(), address, realHost);
      assertThat(served.status()).as(address).isEqualTo(200);
    }

    RawHttp.Answer page = RawHttp.get(signpost.base(), "/topics/healthy-relationships", realHost);
    assertThat(page.body()).contains("http://" + realHost + "/topics/healthy-relationships");
  }

  /**
   * A reset link took its port from the Host header: {@code Host: 127.0.0.1:9999} gave a link to
   * port 9999, and {@code :0} was accepted.
   */
  @Test
  void aHostNamingAnotherPortIsRefusedAndLinksCarryTheListenersOwnPort() throws Exception {
    URI base = URI.create(signpost.base());
    for (String port : List.of(":9999", ":0", ":")) {
      String host = base.getHost() + port;
      for (String page : List.of("/admin/forgot-password.xhtml", "/topics/healthy-relationships")) {
        RawHttp.Answer refused = RawHttp.get(signpost.base(), page, host);
        assertThat(refused.status()).as(host + page).isEqualTo(400);
      }
      RawHttp.Answer asked =
          RawHttp.post(
              signpost.base(),
              "/admin/forgot-password.xhtml",
              host,
              "application/x-www-form-urlencoded",
              "login=admin");
      assertThat(asked.status()).as(host).isEqualTo(400);
    }

    RawHttp.Answer withoutPort =
        RawHttp.get(signpost.base(), "/topics/healthy-relationships", base.getHost());
    assertThat(withoutPort.status()).isEqualTo(200);
    assertThat(withoutPort.body())
        .contains("http://" + realHost + "/topics/healthy-relationships")
        .doesNotContain("http://" + base.getHost() + "/topics/");
  }

  @Test
  void aLinkToAnInternalAddressIsNotFetchedByCheckThisLinkNow() {
    String internal = signpost.console() + "/accounts.xhtml";
    try (ConsoleBrowser editor = new ConsoleBrowser(signpost.console())) {
      editor.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      editor.clickLink("Resources");
      editor.click("newResource");
      editor.type("title", "Our accounts page");
      editor.type("url", internal);
      editor.choose("type", "Information");
      editor.check("Key Stage 3 (11 to 14)");
      editor.check("Young people");
      editor.choose("provider", "Childline");
      editor.click("save");
      editor.awaitText("Resource created.");
      editor.click("checkLink");

      editor.awaitText("Link checked: Not checked: private address.");
    }
  }

  @Test
  void theGeneratedFirstPasswordOpensOnlyThePageThatReplacesItAndCookiesCanBeSecure()
      throws Exception {
    try (SignpostInstance fresh = SignpostInstance.startOwn(Map.of("SIGNPOST_ADMIN_PASSWORD", ""));
        ConsoleBrowser admin = new ConsoleBrowser(fresh.console())) {
      java.util.regex.Matcher shown =
          java.util.regex.Pattern.compile("one-time password:\\s+(\\S+)").matcher(fresh.log());
      assertThat(shown.find()).as("the generated password is in the log").isTrue();
      String generated = shown.group(1);

      admin.signIn("admin", generated);
      assertThat(admin.driver().getCurrentUrl()).contains("/reset-password.xhtml");
      assertThat(admin.textOf("first-password")).contains("generated");
      admin.open("/index.xhtml");
      assertThat(admin.driver().getCurrentUrl())
          .as("the generated password signed nobody in")
          .contains("/sign-in.xhtml");

      admin.signIn("admin", generated);
      admin.type("password", "a long passphrase of my own");
      admin.type("repeated", "a long passphrase of my own");
      admin.click("change");
      admin.awaitText("Your password is changed.");
      admin.signIn("admin", generated);
      admin.awaitText("The login or password is not right.");
      admin.signIn("admin", "a long passphrase of my own");
      admin.awaitText("You are signed in as admin.");
    }
  }

  @Test
  void
      consolePagesAllowOnlyTheirOwnNoncedScriptsAreNeverFramedOrKeptAndPublicPagesRunNoOtherScript()
          throws Exception {
    RawHttp.Answer console = RawHttp.get(signpost.base(), "/admin/sign-in.xhtml", realHost);
    String policy = console.header("Content-Security-Policy").orElse("");
    assertThat(policy)
        .contains("script-src 'self'", "'nonce-", "frame-ancestors 'none'", "object-src 'none'")
        .doesNotContain("'unsafe-inline' 'nonce", "script-src 'self' 'unsafe-inline'");
    String nonce = policy.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
    assertThat(console.body()).contains("nonce=\"" + nonce + "\"").doesNotContain(" onclick=");
    assertThat(console.header("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(console.header("Referrer-Policy")).hasValue("same-origin");
    assertThat(console.header("Cache-Control")).hasValue("no-store");

    RawHttp.Answer page = RawHttp.get(signpost.base(), "/topics/healthy-relationships", realHost);
    assertThat(page.header("Content-Security-Policy"))
        .hasValueSatisfying(
            rule -> assertThat(rule).contains("script-src 'self'").doesNotContain("unsafe-inline"));
  }

  @Test
  void theConsolesSessionCookieIsStrictlySameSiteAndHttpOnly() throws Exception {
    List<String> cookies = RawHttp.get(signpost.base(), "/admin/sign-in.xhtml", realHost).cookies();

    // The session's id, and the version of it that lets any instance of a cluster go on with it.
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    assertThat(cookies)
        .allSatisfy(
            cookie ->
                assertThat(cookie)
                    .contains("HttpOnly", "SameSite=Strict")
                    .as("plain HTTP, and the setting off")
                    .doesNotContain("Secure"));
  }

  @Test
  void payarasOwnMetricsAndInterfaceListAreOffAndHealthTellsNothingInside() throws Exception {
    for (String off : List.of("/metrics", "/openapi")) {
      RawHttp.Answer answer = RawHttp.get(signpost.base(), off, realHost);
      assertThat(answer.status()).as(off).isIn(403, 404);
      assertThat(answer.body()).as(off).doesNotContain("base_", "openapi:", "paths");
    }
    for (String path : List.of("/health/ready", "/health/live", "/health")) {
      RawHttp.Answer health = RawHttp.get(signpost.base(), path, realHost);
      assertThat(health.status()).as(path).isEqualTo(200);
      assertThat(health.body())
          .as(path)
          .contains("\"UP\"")
          .doesNotContain("freeMemory", "schemaVersion", "H2", "PostgreSQL");
    }
  }

  /**
   * Who may open each console page and download: every page in the console's web folder and every
   * servlet it declares must be listed here, so a new one cannot go without its check.
   */
  private static final Map<String, String> WHO_MAY_OPEN =
      Map.ofEntries(
          Map.entry("/sign-in.xhtml", "anyone"),
          Map.entry("/forgot-password.xhtml", "anyone"),
          Map.entry("/reset-password.xhtml", "anyone"),
          Map.entry("/", "curators"),
          Map.entry("/index.xhtml", "curators"),
          Map.entry("/topics.xhtml", "curators"),
          Map.entry("/topic.xhtml", "curators"),
          Map.entry("/resources.xhtml", "curators"),
          Map.entry("/resource.xhtml", "curators"),
          Map.entry("/links.xhtml", "curators"),
          Map.entry("/feedback.xhtml", "curators"),
          Map.entry("/feedback.csv", "curators"),
          Map.entry("/embed.xhtml", "curators"),
          Map.entry("/audit.xhtml", "curators"),
          Map.entry("/history.xhtml", "curators"),
          Map.entry("/error.xhtml", "curators"),
          Map.entry("/accounts.xhtml", "ADMIN"),
          Map.entry("/packs.xhtml", "ADMIN"),
          Map.entry("/packs/backup.zip", "ADMIN"),
          Map.entry("/packs/export.json", "ADMIN"));

  /** What a page needs to show something rather than "not found". */
  private static final Map<String, String> OPENED_WITH =
      Map.of(
          "/history.xhtml", "?subject=TOPIC&key=healthy-relationships",
          "/topic.xhtml", "?slug=healthy-relationships",
          "/resource.xhtml", "?slug=childline-safety-plan");

  @Test
  void everyConsolePageAndDownloadAnswersOnlyTheRolesAllowedAndNobodyUnsignedIn() throws Exception {
    Set<String> found = new TreeSet<>();
    try (var pages = Files.list(Path.of("../web/src/main/webapp"))) {
      pages
          .map(page -> page.getFileName().toString())
          .filter(name -> name.endsWith(".xhtml"))
          .forEach(name -> found.add("/" + name));
    }
    // The console's servlets name their addresses under the console's path: ConsolePath.ROOT +
    // "/x".
    Pattern servlet = Pattern.compile("@WebServlet\\(([^)]*)\\)");
    Pattern address = Pattern.compile("ConsolePath\\.ROOT \\+ \"([^\"]+)\"");
    try (var sources = Files.walk(Path.of("../web/src/main/java"))) {
      for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher declared = servlet.matcher(Files.readString(source));
        while (declared.find()) {
          Matcher named = address.matcher(declared.group(1));
          assertThat(named.find()).as("a console servlet under the console's path").isTrue();
          do {
            found.add(named.group(1));
          } while (named.find());
        }
      }
    }
    assertThat(WHO_MAY_OPEN.keySet())
        .as("every console page and servlet has its row in the matrix")
        .containsExactlyInAnyOrderElementsOf(found);

    Map<String, String> sessions = new LinkedHashMap<>();
    sessions.put("nobody", null);
    try (ConsoleBrowser admin = new ConsoleBrowser(signpost.console())) {
      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      admin.clickLink("Accounts");
      ConsoleJourneysIT.createAccount(
          admin, "matrix.editor", "Matrix Editor", "Editor (writes and submits for review)");
      ConsoleJourneysIT.createAccount(
          admin,
          "matrix.reviewer",
          "Matrix Reviewer",
          "Reviewer (approves and publishes, or sends back)");
      sessions.put("ADMIN", admin.cookies());
      for (String login : List.of("matrix.editor", "matrix.reviewer")) {
        try (ConsoleBrowser curator = new ConsoleBrowser(signpost.console())) {
          curator.signIn(login, ConsoleJourneysIT.PASSWORD);
          curator.awaitText("You are signed in as " + login);
          sessions.put(login.endsWith("editor") ? "EDITOR" : "REVIEWER", curator.cookies());
        }
      }

      List<String> wrong = new ArrayList<>();
      HttpClient http = HttpClient.newHttpClient();
      for (var row : new TreeMap<>(WHO_MAY_OPEN).entrySet()) {
        for (var session : sessions.entrySet()) {
          String role = session.getKey();
          boolean allowed =
              row.getValue().equals("anyone")
                  || row.getValue().equals("curators") && !role.equals("nobody")
                  || row.getValue().equals(role);
          HttpRequest.Builder request =
              HttpRequest.newBuilder(
                  URI.create(
                      signpost.console()
                          + row.getKey()
                          + OPENED_WITH.getOrDefault(row.getKey(), "")));
          if (session.getValue() != null) {
            request.header("Cookie", session.getValue());
          }
          HttpResponse<Void> answer =
              http.send(request.build(), HttpResponse.BodyHandlers.discarding());
          int status = answer.statusCode();
          boolean answered = status == 200;
          boolean refused =
              role.equals("nobody")
                  ? status == 302
                      && answer.headers().firstValue("Location").orElse("").contains("sign-in")
                  : status == 403;
          if (allowed ? !answered : !refused) {
            wrong.add(row.getKey() + " as " + role + ": " + status);
          }
        }
      }
      assertThat(wrong).as("pages that answered the wrong people").isEmpty();
    }
  }

  @Test
  void disablingAnAccountEndsItsOpenSessionAtTheNextRequest() {
    String login = "eve.editor";
    try (ConsoleBrowser admin = new ConsoleBrowser(signpost.console());
        ConsoleBrowser editor = new ConsoleBrowser(signpost.console())) {
      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      admin.clickLink("Accounts");
      ConsoleJourneysIT.createAccount(
          admin, login, "Eve Editor", "Editor (writes and submits for review)");
      editor.signIn(login, ConsoleJourneysIT.PASSWORD);
      editor.open("/resources.xhtml");
      assertThat(editor.textOf("signOutButton")).isNotEmpty();
      editor.awaitText(login);

      admin
          .driver()
          .findElement(
              By.xpath("//tr[td[contains(., '" + login + "')]]//button[contains(@id, 'disable')]"))
          .click();
      admin.awaitText("Account \"" + login + "\" disabled.");

      editor.open("/resources.xhtml");
      assertThat(editor.awaitText("You have been signed out because an administrator changed"))
          .doesNotContain(login);
      assertThat(editor.driver().getCurrentUrl()).contains("/admin/sign-in.xhtml");
    }
  }

  @Test
  void oneVisitorsQueryStringIsNotServedToTheNext() throws Exception {
    String embed = "/embed/feedback?page=/sleep.html&utm_source=";
    RawHttp.Answer first = RawHttp.get(signpost.base(), embed + "first-visitor-mark", realHost);
    RawHttp.Answer second = RawHttp.get(signpost.base(), embed + "second-visitor-mark", realHost);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    assertThat(first.body()).doesNotContain("visitor-mark").contains("sleep.html");
    assertThat(second.body()).doesNotContain("visitor-mark");
  }

  @Test
  void aRefusalNamesWhatIsAcceptedWithoutRepeatingWhatWasTyped() throws Exception {
    for (String address :
        List.of(
            "/embed/resources?limit=zzTypedByTheReaderzz",
            "/widgets/v1/fragments/resources?limit=zzTypedByTheReaderzz",
            "/api/v1/resources?size=zzTypedByTheReaderzz")) {
      RawHttp.Answer refused = RawHttp.get(signpost.base(), address, realHost);

      assertThat(refused.status()).as(address).isEqualTo(400);
      assertThat(refused.body())
          .as(address)
          .contains("must be a whole number from 1 to")
          .doesNotContain("zzTypedByTheReaderzz");
    }
  }

  @Test
  void whatCannotBeServedGetsTheSitesOwnPageAndNothingNamesTheServer() throws Exception {
    Map<String, RawHttp.Answer> answers = new LinkedHashMap<>();
    answers.put("/no-such-page", RawHttp.get(signpost.base(), "/no-such-page", realHost));
    answers.put(
        "/feeds/no-such.atom", RawHttp.get(signpost.base(), "/feeds/no-such.atom", realHost));
    answers.put(
        "POST /topics",
        RawHttp.post(signpost.base(), "/topics", realHost, "text/plain", "anything"));
    answers.put(
        "a stale console form",
        RawHttp.post(
            signpost.base(),
            "/admin/sign-in.xhtml",
            realHost,
            "application/x-www-form-urlencoded",
            "jakarta.faces.ViewState=-123%3A456&sign-in=sign-in"));
    answers.put(
        "/topics/healthy-relationships",
        RawHttp.get(signpost.base(), "/topics/healthy-relationships", realHost));

    assertThat(answers.get("/no-such-page").status()).isEqualTo(404);
    assertThat(answers.get("/no-such-page").body())
        .contains("<h1>Page not found</h1>", "See all Professional Resources");
    assertThat(answers.get("/feeds/no-such.atom").status()).isEqualTo(404);
    assertThat(answers.get("POST /topics").status()).isEqualTo(405);
    assertThat(answers.get("POST /topics").body()).contains("<h1>Not allowed</h1>");
    assertThat(answers.get("a stale console form").status())
        .as("a form from a page the console no longer holds comes back afresh")
        .isEqualTo(302);
    assertThat(answers.get("a stale console form").header("Location"))
        .contains("/admin/sign-in.xhtml");
    answers.forEach(
        (asked, answer) -> {
          assertThat(answer.header("Server")).as(asked).isEmpty();
          assertThat(answer.header("X-Powered-By")).as(asked).isEmpty();
          assertThat(answer.body())
              .as(asked)
              .doesNotContainIgnoringCase("payara")
              .doesNotContainIgnoringCase("glassfish")
              .doesNotContain("Exception");
        });
    assertThat(answers.get("/no-such-page").header("Content-Security-Policy"))
        .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'"));
  }

  @Test
  void slowBodiesFromOneClientLeaveTheApiAnsweringAnotherWithinASecond() throws Exception {
    URI base = URI.create(signpost.base());
    assertThat(RawHttp.getFrom("127.0.0.2", signpost.base(), "/api/v1/topics", realHost).status())
        .isEqualTo(200);
    byte[] head =
        ("POST /api/v1/feedback HTTP/1.1\r\nHost: "
                + realHost
                + "\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII);
    List<java.net.Socket> slow = new ArrayList<>();
    java.util.concurrent.ScheduledExecutorService drip =
        Executors.newSingleThreadScheduledExecutor();
    try {
      for (int i = 0; i < 300; i++) {
        java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort());
        socket.getOutputStream().write(head);
        slow.add(socket);
      }
      drip.scheduleAtFixedRate(
          () -> {
            for (java.net.Socket socket : slow) {
              try {
                socket.getOutputStream().write(' ');
              } catch (java.io.IOException closedByTheServer) {
                // cut off, as it should be
              }
            }
          },
          3,
          3,
          java.util.concurrent.TimeUnit.SECONDS);
      List<Long> millis = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        Thread.sleep(2_000);
        long start = System.nanoTime();
        RawHttp.Answer topics =
            RawHttp.getFrom("127.0.0.2", signpost.base(), "/api/v1/topics", realHost);
        millis.add((System.nanoTime() - start) / 1_000_000);
        assertThat(topics.status()).isEqualTo(200);
      }
      assertThat(millis)
          .as("milliseconds for the API to answer another client, 300 slow bodies open")
          .allMatch(ms -> ms < 1_000);
    } finally {
      drip.shutdownNow();
      for (java.net.Socket socket : slow) {
        socket.close();
      }
    }
  }
}
