package org.signpost.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.signpost.core.markup.PeopleDates;
import org.signpost.widgets.browser.HostSite;
import org.signpost.widgets.browser.HtmlValidity;

/**
 * The service's story, tried as a new user would: the bootstrap administrator creates an editor and
 * a reviewer; the editor writes a topic with a safeguarding callout and KS3 resources and submits
 * it; the reviewer publishes it; it shows on the public page and in a school's widget within two
 * seconds; its review date shows on the dashboard; a reader's feedback on it shows in the report
 * and its CSV export. Then what keeps accounts and work safe: sign-in paused for a stranger but not
 * the curator, "forgot password" through a real SMTP server (with an account of its own, so that no
 * later journey depends on it), and two editors saving the same topic. And every console page is
 * valid HTML, passes axe-core's WCAG 2.2 AA rules and reads at 320 px.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleJourneysIT {

  static final String TITLE = "Sleep and Screens";
  static final String SLUG = "sleep-and-screens";
  static final String EDITOR = "sam.editor";
  static final String REVIEWER = "alex.reviewer";
  static final String PASSWORD = "a long journey password";
  static final String KS3_LESSONS = "Healthy relationships lessons for Key Stage 3";

  /** The introduction's lists as readers get them: bullets, then numbers. */
  static final String LISTS =
      "<ul><li>Phones out of the bedroom</li><li>Games end an hour before bed</li></ul>"
          + "<ol><li>Talk to the family</li><li>Agree a bedtime</li></ol>";

  private SignpostInstance signpost;
  private HostSite school;
  private GreenMail smtp;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    signpost =
        SignpostInstance.start(
            Map.of(
                "SIGNPOST_MAIL_HOST", "127.0.0.1",
                "SIGNPOST_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "SIGNPOST_MAIL_FROM", "signpost@service.example",
                // The school's stand-in site, whose links are checked, listens on loopback.
                "SIGNPOST_LINKS_ALLOW_PRIVATE_ADDRESSES", "true"));
    school = new HostSite();
  }

  @AfterAll
  void stop() throws Exception {
    school.close();
    signpost.close();
    smtp.stop();
  }

  @Test
  @Order(1)
  void theAdministratorCreatesAnEditorAndAReviewer() {
    try (ConsoleBrowser admin = new ConsoleBrowser(signpost.console())) {
      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      admin.awaitText("You are signed in as admin.");
      admin.clickLink("Accounts");

      createAccount(admin, EDITOR, "Sam Editor", "Editor (writes and submits for review)");
      createAccount(
          admin, REVIEWER, "Alex Reviewer", "Reviewer (approves and publishes, or sends back)");

      String page = admin.pageText();
      assertThat(page).contains(EDITOR, REVIEWER);
    }
  }

  static void createAccount(ConsoleBrowser admin, String login, String name, String role) {
    admin.type("login", login);
    admin.type("displayName", name);
    admin.type("email", login + "@example.org");
    admin.check("Editor (writes and submits for review)");
    if (!role.startsWith("Editor")) {
      admin
          .driver()
          .findElement(By.xpath("//label[starts-with(normalize-space(.),'Editor')]"))
          .click();
      admin.check(role);
    }
    admin.type("password", PASSWORD);
    admin.click("create");
    admin.awaitText("Account \"" + login + "\" created.");
  }

  @Test
  @Order(2)
  void theEditorWritesATopicWithASafeguardingCalloutAndKs3ResourcesAndSubmitsIt() {
    try (ConsoleBrowser editor = new ConsoleBrowser(signpost.console())) {
      editor.signIn(EDITOR, PASSWORD);
      editor.clickLink("Topics");
      editor.click("newTopic");
      editor.click("save");
      assertThat(editor.awaitText("Title cannot be left empty."))
          .as("the console's own words next to each field, not Faces' defaults")
          .contains("Summary cannot be left empty.")
          .doesNotContain("Validation Error");
      editor.type("title", TITLE);
      editor.type("summary", "Helping pupils sleep well around phones and games.");
      // Lists as a curator types them: "- " starts bullets, "1. " starts numbers (nesting is
      // covered by SafeHtmlTest).
      editor.typeRich(
          "#introduction",
          "Screens in bedrooms cost pupils sleep."
              + Keys.ENTER
              + "- Phones out of the bedroom"
              + Keys.ENTER
              + "Games end an hour before bed"
              + Keys.ENTER
              + Keys.ENTER
              + "1. Talk to the family"
              + Keys.ENTER
              + "Agree a bedtime");
      editor.typeInRow(":0:heading", "Why sleep matters");
      editor.typeRich("[id$=':0:body']", "Teenagers need eight to ten hours.");
      editor.click("addSection");
      editor
          .wait(10)
          .until(
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$=':1:heading']")));
      editor.typeInRow(":1:heading", "Safeguarding: under-13s");
      editor.chooseInRow(":1:kind", "Safeguarding callout");
      editor.typeRich(
          "[id$=':1:body']",
          "Sexual activity under 13 is never lawful: follow your safeguarding policy.");
      // Dragging the first section's handle onto the second, as a mouse would.
      ((JavascriptExecutor) editor.driver())
          .executeScript(
              "const moves = new DataTransfer();"
                  + " const handle = document.querySelector('[data-section=\"0\"] .drag-handle');"
                  + " const target = document.querySelector('[data-section=\"1\"]');"
                  + " handle.dispatchEvent(new DragEvent('dragstart',"
                  + "   {dataTransfer: moves, bubbles: true}));"
                  + " target.dispatchEvent(new DragEvent('dragover',"
                  + "   {dataTransfer: moves, bubbles: true, cancelable: true}));"
                  + " target.dispatchEvent(new DragEvent('drop',"
                  + "   {dataTransfer: moves, bubbles: true, cancelable: true}));");
      editor
          .wait(10)
          .until(d -> "Safeguarding: under-13s".equals(editor.valueOfIdEnding(":0:heading")));
      editor.click(editor.idEndingWith(":1:up"));
      editor.wait(10).until(d -> "Why sleep matters".equals(editor.valueOfIdEnding(":0:heading")));
      editor.choose("findKeyStage", "Key Stage 3");
      editor.click("find");
      editor.clickLabelled("Attach: " + KS3_LESSONS);
      editor
          .wait(10)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("ol.attached"), KS3_LESSONS));

      editor.click("save");
      editor.awaitText("Topic created as a draft.");
      assertThat(editor.all("#introduction .ql-editor li[data-list='bullet']"))
          .as("after Save the editor still shows the bullets as bullets")
          .hasSize(2);
      assertThat(editor.all("#introduction .ql-editor li[data-list='ordered']")).hasSize(2);
      String preview = editor.driver().findElement(By.id("preview")).getAttribute("href");
      editor.driver().get(preview);
      assertThat(editor.awaitText("Safeguarding: under-13s"))
          .contains(TITLE, KS3_LESSONS, "readers are asked \"Was this page helpful?\" here")
          .doesNotContain("Send feedback");
      assertThat(editor.driver().getPageSource()).as("the preview's lists").contains(LISTS);
      editor.driver().navigate().back();
      editor.awaitText("Workflow");
      editor.click("submitForReview");
      editor.awaitText("Sent for review.");

      assertThat(editor.textOf("status")).isEqualTo("in review");
      assertThat(editor.all("#publish")).as("an editor cannot publish").isEmpty();
    }
  }

  @Test
  @Order(3)
  void theReviewerPublishesItAndReadersSeeItWithinTwoSeconds() throws Exception {
    try (ConsoleBrowser reviewer = new ConsoleBrowser(signpost.console())) {
      reviewer.signIn(REVIEWER, PASSWORD);
      reviewer.open("/topic.xhtml?slug=" + SLUG);
      reviewer.awaitText("Sent for review by");

      reviewer.click("publish");
      Instant published = Instant.now();
      reviewer.awaitText("Published.");

      String fragment = awaitBody("/widgets/v1/fragments/topic/" + SLUG, TITLE, published);
      assertThat(Duration.between(published, Instant.now())).isLessThan(Duration.ofSeconds(2));
      assertThat(fragment).contains("Safeguarding: under-13s", KS3_LESSONS, LISTS);
      assertThat(reviewer.textOf("next-review"))
          .as("as people in the UK write a date")
          .isEqualTo(PeopleDates.date(LocalDate.now(java.time.ZoneOffset.UTC).plusYears(3)));
    }
    assertThat(get("/topics/" + SLUG).body()).contains(TITLE, "Why sleep matters", LISTS);
    assertThat(get("/embed/topic/" + SLUG).body()).as("the iframe embed").contains(LISTS);
    assertThat(get("/api/v1/topics/" + SLUG).body())
        .as("the API, as JSON escapes it")
        .contains(LISTS.replace("\"", "\\\""));
  }

  @Test
  @Order(4)
  void aSchoolPageShowsTheTopicInItsWidget() {
    String page =
        school.page(
            "/sleep.html",
            "<script src=\""
                + signpost.base()
                + "/widgets/v1/signpost.js\" async></script>"
                + "<signpost-topic slug=\""
                + SLUG
                + "\" key-stage=\"ks3\"></signpost-topic>",
            null);
    try (ConsoleBrowser reader = new ConsoleBrowser(signpost.console())) {
      reader.driver().get(page);
      String shown = reader.shadowTextShowing("signpost-topic", TITLE);
      assertThat(shown).contains("Safeguarding: under-13s", KS3_LESSONS);
    }
  }

  @Test
  @Order(5)
  void theDashboardShowsItsReviewDateAndFeedbackReachesTheReportAndItsCsv() throws Exception {
    String comment = "Useful, but add advice for parents";
    HttpResponse<String> posted =
        http.send(
            HttpRequest.newBuilder(URI.create(signpost.base() + "/api/v1/feedback"))
                .header("Content-Type", "application/json")
                .header("Origin", school.origin())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"topic\":\""
                            + SLUG
                            + "\",\"page\":\"/sleep.html\",\"helpful\":false,\"comment\":\""
                            + comment
                            + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).isBetween(200, 299);

    try (ConsoleBrowser curator = new ConsoleBrowser(signpost.console())) {
      curator.signIn(REVIEWER, PASSWORD);
      String dashboard = curator.awaitText("Recent changes");
      assertThat(dashboard)
          .contains(
              "Published; next review due "
                  + PeopleDates.date(LocalDate.now(java.time.ZoneOffset.UTC).plusYears(3)));

      curator.clickLink("Feedback");
      curator.choose("topic", TITLE);
      curator.click("search");
      curator.awaitText(comment);

      // The search's update may still be replacing the form: read the link once it says what the
      // filters found, finding it afresh each time, as a replaced element goes stale.
      String csvWords = "Download 1 answer as CSV (what the filters show)";
      String csvLink =
          curator
              .wait(5)
              .ignoring(StaleElementReferenceException.class)
              .until(
                  d -> {
                    WebElement link = d.findElement(By.id("csv"));
                    return csvWords.equals(link.getText()) ? link.getAttribute("href") : null;
                  });
      String file = "signpost-feedback-" + LocalDate.now(ZoneId.of("Europe/London")) + ".csv";
      curator.click("csv");
      curator.awaitText("Download finished: " + file + " is saved.");
      assertThat(curator.downloaded(file)).contains(SLUG, comment);
      HttpResponse<String> csv = curator.download(csvLink);
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
      assertThat(csv.body().lines().toList())
          .hasSize(2)
          .last()
          .satisfies(row -> assertThat(row).contains(SLUG, "no", comment, school.origin()));

      curator.click(curator.idEndingWith(":0:hide"));
      curator.awaitText("Comment hidden from the report and its exports.");
      assertThat(curator.pageText()).contains("Comment hidden").doesNotContain(comment);
      HttpResponse<String> afterHiding = curator.download(csvLink);
      assertThat(afterHiding.body()).contains(SLUG).doesNotContain(comment);

      // The reviewer brings the next review forward, then finds the topic from the dashboard.
      curator.open("/topic.xhtml?slug=" + SLUG);
      LocalDate sooner = LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(6);
      ((JavascriptExecutor) curator.driver())
          .executeScript(
              "document.getElementById('nextReview').value = arguments[0];", sooner.toString());
      curator.click("scheduleReview");
      curator.awaitText("Next review date set.");
      assertThat(curator.textOf("next-review")).isEqualTo(PeopleDates.date(sooner));
      curator.open("/index.xhtml");
      assertThat(curator.awaitText("What to review next"))
          .contains("Waiting for a second person", "Nothing is waiting for review or approval.");
      curator.clickLink("Published");
      assertThat(curator.awaitText(TITLE)).doesNotContain("Draft topic");
    }
  }

  /**
   * Last of the journeys: after it, the administrator's login stays paused a while for browsers
   * that never signed in to it, as it would for the stranger.
   */
  @Test
  @Order(99)
  void aStrangerGuessingTheAdministratorsPasswordIsPausedButCannotLockTheAdministratorOut() {
    try (ConsoleBrowser admin = new ConsoleBrowser(signpost.console());
        ConsoleBrowser stranger = new ConsoleBrowser(signpost.console())) {
      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      admin.awaitText("You are signed in as admin.");
      admin.signOut();
      admin.awaitText("You have signed out.");

      for (int attempt = 1; attempt <= 10; attempt++) {
        stranger.signIn("admin", "not the password " + attempt);
        stranger.awaitText("The login or password is not right.");
      }
      stranger.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      assertThat(stranger.awaitText("sign-in is paused until"))
          .as("while paused, not even the right password is tried")
          .doesNotContain("You are signed in");

      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      assertThat(admin.awaitText("You are signed in as admin."))
          .as("the administrator's own browser is never paused")
          .doesNotContain("paused");
    }
  }

  @Test
  @Order(7)
  void aForgottenPasswordIsResetThroughASingleUseMailedLink() throws Exception {
    String link;
    String forgetful = "kim.forgetful";
    try (ConsoleBrowser admin = new ConsoleBrowser(signpost.console())) {
      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      admin.awaitText("You are signed in as admin.");
      admin.clickLink("Accounts");
      createAccount(admin, forgetful, "Kim Forgetful", "Editor (writes and submits for review)");
    }
    try (ConsoleBrowser editor = new ConsoleBrowser(signpost.console())) {
      editor.open("/forgot-password.xhtml");
      editor.type("who", "nobody@example.org");
      editor.click("send");
      String unknown =
          editor.awaitText("If an account has that login or address, we have sent it a link.");
      editor.open("/sign-in.xhtml");
      editor.clickLink("Forgot your password?");
      editor.type("who", forgetful + "@example.org");
      editor.click("send");
      editor.awaitText("If an account has that login or address, we have sent it a link.");

      assertThat(editor.pageText()).as("the same answer for an unknown address").isEqualTo(unknown);
      assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
      Thread.sleep(500);
      assertThat(smtp.getReceivedMessages()).as("no mail for the unknown address").hasSize(1);
      MimeMessage mail = smtp.getReceivedMessages()[0];
      assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(forgetful + "@example.org");
      Matcher found = Pattern.compile("(http\\S+token=\\S+)").matcher(GreenMailUtil.getBody(mail));
      assertThat(found.find()).isTrue();
      link = found.group(1);

      editor.driver().get(link);
      editor.type("password", "short");
      editor.type("repeated", "short");
      editor.click("change");
      editor.awaitText("Use at least 12 characters.");
      editor.type("password", "a brand new journey password");
      editor.type("repeated", "a brand new journey password");
      editor.click("change");
      editor.awaitText("Your password is changed.");
      editor.signIn(forgetful, "a brand new journey password");
      editor.awaitText("You are signed in as " + forgetful + ".");

      editor.driver().get(link);
      assertThat(editor.awaitText("This link has expired or was already used."));
    }
  }

  @Test
  @Order(17)
  void aFloodOfForgotPasswordRequestsMailsAFewLinksOfWhichOnlyTheLatestWorks() throws Exception {
    String flooded = "lee.flooded";
    String address = flooded + "@example.org";
    try (ConsoleBrowser admin = new ConsoleBrowser(signpost.console())) {
      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      admin.awaitText("You are signed in as admin.");
      admin.clickLink("Accounts");
      createAccount(admin, flooded, "Lee Flooded", "Editor (writes and submits for review)");
    }
    try (ConsoleBrowser stranger = new ConsoleBrowser(signpost.console())) {
      String first = null;
      for (int i = 0; i < 25; i++) {
        stranger.open("/forgot-password.xhtml");
        stranger.type("who", i % 2 == 0 ? flooded : address);
        stranger.click("send");
        String answer =
            stranger.awaitText("If an account has that login or address, we have sent it a link.");
        assertThat(first == null || answer.equals(first)).as("the same answer every time").isTrue();
        first = answer;
      }
      smtp.waitForIncomingEmail(10_000, 1);
      Thread.sleep(3_000);
      List<String> links = new ArrayList<>();
      for (MimeMessage mail : smtp.getReceivedMessages()) {
        if (mail.getAllRecipients()[0].toString().equals(address)) {
          Matcher found =
              Pattern.compile("(http\\S+token=\\S+)").matcher(GreenMailUtil.getBody(mail));
          assertThat(found.find()).isTrue();
          links.add(found.group(1));
        }
      }
      assertThat(links).as("links mailed for 25 requests in a row").hasSize(3);
      int working = 0;
      for (String link : links) {
        stranger.driver().get(link);
        stranger.awaitText("password");
        if (!stranger.pageText().contains("This link has expired or was already used.")) {
          working++;
        }
      }
      assertThat(working).as("links that still work").isEqualTo(1);
    }
  }

  @Test
  @Order(8)
  void theSecondOfTwoEditorsSavingATopicGetsAConflictAndKeepsWhatTheyTyped() {
    try (ConsoleBrowser first = new ConsoleBrowser(signpost.console());
        ConsoleBrowser second = new ConsoleBrowser(signpost.console())) {
      first.signIn(EDITOR, PASSWORD);
      second.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      first.open("/topic.xhtml?slug=pollution");
      second.open("/topic.xhtml?slug=pollution");

      first.type("summary", "The first editor's summary.");
      first.click("save");
      first.awaitText("Saved.");
      second.type("summary", "The second editor's summary, not to be lost.");
      second.click("save");

      String page = second.awaitText("Someone else saved the topic");
      assertThat(page).contains("(" + EDITOR + ")", "your changes are still here");
      assertThat(second.value("summary")).isEqualTo("The second editor's summary, not to be lost.");
    }
  }

  @Test
  @Order(9)
  void everyConsolePageIsValidPassesAxeAndReadsAt320Pixels() throws Exception {
    List<String> pages =
        List.of(
            "/sign-in.xhtml",
            "/forgot-password.xhtml",
            "/reset-password.xhtml?token=unknown",
            "/index.xhtml",
            "/topics.xhtml",
            "/topic.xhtml",
            "/topic.xhtml?slug=" + SLUG,
            "/resources.xhtml",
            "/resource.xhtml",
            "/resource.xhtml?slug=nspcc-healthy-relationships-ks3",
            "/feedback.xhtml",
            "/links.xhtml",
            "/audit.xhtml",
            "/history.xhtml?subject=TOPIC&key=" + SLUG,
            "/accounts.xhtml",
            "/embed.xhtml",
            "/packs.xhtml",
            "/topic.xhtml?slug=no-such-topic");
    SoftAssertions softly = new SoftAssertions();
    try (ConsoleBrowser admin = new ConsoleBrowser(signpost.console())) {
      for (String page : pages) {
        if (page.equals("/index.xhtml")) {
          admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
          admin.awaitText("You are signed in as admin.");
        }
        admin.driver().manage().window().setSize(new Dimension(1280, 1000));
        admin.open(page);
        softly
            .assertThat(HtmlValidity.errors(admin.download(signpost.console() + page).body()))
            .as("HTML errors on %s", page)
            .isEmpty();
        Results results =
            new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(admin.driver());
        softly
            .assertThat(results.getViolations())
            .as("axe on %s", page)
            .extracting(
                rule ->
                    rule.getId()
                        + ": "
                        + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList())
            .isEmpty();
        admin.driver().manage().window().setSize(new Dimension(320, 800));
        Object overflow =
            ((JavascriptExecutor) admin.driver())
                .executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;");
        softly
            .assertThat((Long) overflow)
            .as("sideways scrolling at 320 px on %s, widest: %s", page, widest(admin))
            .isLessThanOrEqualTo(0L);
        admin.driver().manage().window().setSize(new Dimension(375, 800));
        // A cell shown to people (not a header hidden for screen readers only) whose text runs
        // past its edge is clipped mid-word.
        Object clipped =
            ((JavascriptExecutor) admin.driver())
                .executeScript(
                    "return Array.from(document.querySelectorAll('td, th'))"
                        + ".filter(c => c.offsetParent !== null"
                        + " && c.getBoundingClientRect().width > 2"
                        + " && c.scrollWidth > c.clientWidth + 1)"
                        + ".map(c => c.textContent.trim().slice(0, 40));");
        softly
            .assertThat((List<?>) clipped)
            .as("table cells clipped at 375 px on %s", page)
            .isEmpty();
      }
    }
    if (signpost.ownsItsLog()) {
      softly
          .assertThat(signpost.log())
          .as("every page's state can travel to another instance of a cluster")
          .doesNotContain("Cannot serialize session attribute");
    }
    softly.assertAll();
  }

  @Test
  @Order(10)
  void resourcesAreArchivedInBulkAddedWithADuplicateWarningAndTheirLinksChecked() throws Exception {
    String schoolPage = school.page("/sleep-diary.html", "<p>A sleep diary for pupils.</p>", null);
    try (ConsoleBrowser editor = new ConsoleBrowser(signpost.console())) {
      editor.signIn(EDITOR, PASSWORD);
      editor.clickLink("Resources");
      editor.driver().findElement(By.cssSelector("thead .ui-chkbox-box")).click();
      editor.click("archiveSelected");
      editor.awaitText("resources archived.");

      editor.click("newResource");
      editor.type("title", "Sleep diary for pupils");
      editor.type("url", "https://www.childline.org.uk/");
      editor.driver().findElement(By.id("description")).click();
      assertThat(editor.awaitText("Another resource already links to this address."))
          .contains("Making a safety plan");
      editor.type("url", schoolPage);
      editor.choose("type", "Information");
      editor.check("Key Stage 3 (11 to 14)");
      editor.check("Young people");
      editor.choose("provider", "Childline");
      editor.check(TITLE + " (published)");
      editor.click("save");
      editor.awaitText("Resource created.");
      editor.click("checkLink");
      editor.awaitText("Link checked: Working");

      editor.clickLink("Resources");
      editor.driver().findElement(By.cssSelector("tbody .ui-chkbox-box")).click();
      editor.choose("bulkKeyStage", "Key Stage 4");
      editor.click("addKeyStage");
      editor.awaitText("1 of 1 resources now include Key Stage 4.");

      editor.clickLink("Link health");
      editor.click("runNow");
      editor
          .wait(20)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("progress-text"), "1 / 1 checked: 1 Working"));

      assertThat(get("/topics/" + SLUG + "?key-stage=ks4").body())
          .as("a resource attached to a published topic waits for a second person")
          .doesNotContain("Sleep diary for pupils");
      editor.open("/topic.xhtml?slug=" + SLUG);
      assertThat(editor.textOf("held-changes")).contains("Resource 2: Sleep diary for pupils");
      editor.click("submitForReview");
      editor.awaitText("Sent for review.");
    }
    approveAsTheReviewer();
    assertThat(get("/topics/" + SLUG + "?key-stage=ks4").body())
        .as("the resource itself is new, and waits for a second person too")
        .doesNotContain("Sleep diary for pupils");
    try (ConsoleBrowser reviewer = new ConsoleBrowser(signpost.console())) {
      reviewer.signIn(REVIEWER, PASSWORD);
      reviewer.open("/resource.xhtml?slug=sleep-diary-for-pupils");
      reviewer.click("approve");
      reviewer.awaitText("Approved: readers see it now.");
    }
    // The public side notices the content revision's move within a second or two.
    awaitBody("/topics/" + SLUG + "?key-stage=ks4", "Sleep diary for pupils", Instant.now());
  }

  private void approveAsTheReviewer() {
    try (ConsoleBrowser reviewer = new ConsoleBrowser(signpost.console())) {
      reviewer.signIn(REVIEWER, PASSWORD);
      reviewer.open("/topic.xhtml?slug=" + SLUG);
      reviewer.click("publish");
      reviewer.awaitText("Published.");
    }
  }

  @Test
  @Order(11)
  void theEmbedBuilderPreviewsExactlyTheWidgetItsSnippetShows() {
    try (ConsoleBrowser editor = new ConsoleBrowser(signpost.console())) {
      editor.signIn(EDITOR, PASSWORD);
      editor.clickLink("Embed");
      editor.choose("kind", "Whole topic");
      editor.wait(10).until(d -> editor.value("scriptCode").contains("signpost-topic"));
      editor.choose("topic", TITLE);
      editor.wait(10).until(d -> editor.value("scriptCode").contains(SLUG));
      editor.choose("theme", "Dark");
      editor.wait(10).until(d -> editor.value("scriptCode").contains("theme=\"dark\""));

      assertThat(editor.value("scriptCode"))
          .isEqualTo(
              "<script src=\""
                  + signpost.base()
                  + "/widgets/v1/signpost.js\" async></script>\n<signpost-topic slug=\""
                  + SLUG
                  + "\" theme=\"dark\"></signpost-topic>");
      assertThat(editor.value("iframeCode"))
          .contains(signpost.base() + "/embed/topic/" + SLUG + "?theme=dark");
      String shown = editor.shadowTextShowing("#embed-preview signpost-topic", TITLE);
      assertThat(shown).contains("Why sleep matters");

      editor.clickLabelled("Copy: Script and element");
      assertThat(editor.awaitText("Copied: paste it into your page.")).isNotEmpty();
    }
  }

  @Test
  @Order(12)
  void anAdministratorImportsAPackWithAReportAndExportsEverything() throws Exception {
    java.nio.file.Path broken = java.nio.file.Files.createTempFile("broken-pack", ".json");
    java.nio.file.Files.writeString(
        broken,
        "{\"format\":\"signpost-content-pack\",\"version\":1,\"name\":\"x\",\"organisations\":[],"
            + "\"resources\":[{\"slug\":\"Bad Slug\"}],\"topics\":[]}");
    try (ConsoleBrowser admin = new ConsoleBrowser(signpost.console())) {
      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      admin.clickLink("Backups and content packs");
      String exported = admin.driver().findElement(By.id("export")).getAttribute("href");
      HttpResponse<String> pack = admin.download(exported);
      assertThat(pack.statusCode()).isEqualTo(200);
      assertThat(pack.body()).contains("\"" + SLUG + "\"", "Sleep diary for pupils");

      admin
          .driver()
          .findElement(By.cssSelector("#pack input[type=file]"))
          .sendKeys(broken.toString());
      String report = admin.awaitText("was not imported, and nothing was changed");
      assertThat(report).contains("$.resources[0].slug");

      java.nio.file.Path good = java.nio.file.Files.createTempFile("signpost-pack", ".json");
      java.nio.file.Files.writeString(good, pack.body());
      admin
          .driver()
          .findElement(By.cssSelector("#pack input[type=file]"))
          .sendKeys(good.toString());
      assertThat(admin.awaitText("What the import changed"))
          .contains("Topic “" + TITLE + "”: unchanged");
    }
  }

  @Test
  @Order(13)
  void leavingATopicWithUnsavedChangesWarnsFirst() {
    try (ConsoleBrowser editor = new ConsoleBrowser(signpost.console())) {
      editor.signIn(EDITOR, PASSWORD);
      editor.driver().get(signpost.console() + "/topic.xhtml?slug=" + SLUG);
      assertThat(wouldWarnOnLeaving(editor)).as("nothing typed yet").isFalse();

      editor.type("summary", "A change not saved yet.");
      assertThat(wouldWarnOnLeaving(editor)).as("a change typed").isTrue();

      editor.click("save");
      editor.awaitText("Saved.");
      assertThat(wouldWarnOnLeaving(editor)).as("after saving").isFalse();
    }
  }

  /**
   * Whether the page asks the browser to warn before it is left. ChromeDriver answers the browser's
   * own "leave this page?" dialog by itself, so the test asks the page as the browser does.
   */
  private static boolean wouldWarnOnLeaving(ConsoleBrowser browser) {
    return (Boolean)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const leaving = new Event('beforeunload', {cancelable: true});"
                    + " window.dispatchEvent(leaving); return leaving.defaultPrevented;");
  }

  @Test
  @Order(14)
  void theHistoryComparesTwoRevisionsAndRestoresAnEarlierOne() throws Exception {
    try (ConsoleBrowser editor = new ConsoleBrowser(signpost.console())) {
      editor.signIn(EDITOR, PASSWORD);
      editor.open("/history.xhtml?subject=TOPIC&key=" + SLUG);
      String history = editor.awaitText("Compare");
      assertThat(history).contains("Created", "Submitted for review", "Published; next review due");

      editor.choose("older", "1: Created");
      editor.click("compare");
      editor
          .wait(10)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("diff"), "A change not saved yet."));
      assertThat(editor.all("#diff .diff-removed")).isNotEmpty();

      editor.clickLabelled("Restore this revision 1");
      editor.awaitText("Revision 1 restored, as a new revision.");
      editor.open("/topic.xhtml?slug=" + SLUG);
      assertThat(editor.textOf("status")).isEqualTo("published; changes not yet sent for review");
      editor.click("submitForReview");
      editor.awaitText("Sent for review.");
    }
    approveAsTheReviewer();
    assertThat(get("/topics/" + SLUG).body()).contains("Helping pupils sleep well");
  }

  @Test
  @Order(16)
  void aChangeToAPublishedTopicReachesReadersOnlyWhenSomeoneWhoDidNotMakeItApprovesIt()
      throws Exception {
    String change = "Wording checked by the school nursing team.";
    try (ConsoleBrowser admin = new ConsoleBrowser(signpost.console())) {
      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      admin.open("/topic.xhtml?slug=" + SLUG);
      admin.type("summary", change);
      admin.click("save");
      admin.awaitText("Readers keep seeing the published version");
      assertThat(get("/topics/" + SLUG).body()).doesNotContain(change);
      assertThat(admin.textOf("held-diff")).contains("Summary: " + change);

      admin.click("submitForReview");
      admin.awaitText("Sent for review.");
      assertThat(admin.all("#publish")).as("whoever changed it may not approve it").isEmpty();
      assertThat(admin.pageText()).contains("someone else must approve it");
    }
    assertThat(get("/topics/" + SLUG).body()).doesNotContain(change);

    approveAsTheReviewer();
    assertThat(get("/topics/" + SLUG).body()).contains(change);
  }

  @Test
  @Order(15)
  void aCuratorSignsInFindsATopicAndReordersItsSectionsByKeyboardAlone() {
    try (ConsoleBrowser editor = new ConsoleBrowser(signpost.console())) {
      editor.open("/sign-in.xhtml");
      tabTo(editor, e -> "login".equals(e.getAttribute("id")));
      editor.driver().switchTo().activeElement().sendKeys(EDITOR);
      tabTo(editor, e -> "password".equals(e.getAttribute("id")));
      editor.driver().switchTo().activeElement().sendKeys(PASSWORD, Keys.ENTER);
      editor.awaitText("You are signed in as " + EDITOR + ".");

      WebElement topicsLink = tabTo(editor, e -> "Topics".equals(e.getText()));
      assertThat(topicsLink.getCssValue("outline-style"))
          .as("focus is visible")
          .isNotEqualTo("none");
      topicsLink.sendKeys(Keys.ENTER);
      editor.awaitText("Next review due");
      tabTo(editor, e -> TITLE.equals(e.getText())).sendKeys(Keys.ENTER);
      editor.awaitText("Workflow");

      WebElement introduction =
          tabTo(editor, e -> "Introduction".equals(e.getAttribute("aria-label")));
      assertThat(introduction.getAttribute("role")).isEqualTo("textbox");
      tabTo(editor, e -> ("Move down: Why sleep matters").equals(e.getAttribute("aria-label")))
          .sendKeys(Keys.ENTER);
      editor
          .wait(10)
          .until(d -> "Safeguarding: under-13s".equals(editor.valueOfIdEnding(":0:heading")));
    }
  }

  /** Presses Tab until the focused element is the one wanted (at most 80 times), and returns it. */
  private static WebElement tabTo(ConsoleBrowser browser, Predicate<WebElement> wanted) {
    for (int presses = 0; presses < 80; presses++) {
      WebElement focused = browser.driver().switchTo().activeElement();
      if (wanted.test(focused)) {
        return focused;
      }
      focused.sendKeys(Keys.TAB);
    }
    throw new AssertionError("Tab never reached the element wanted");
  }

  /** The element that reaches furthest right, to say what makes a page scroll sideways. */
  private static Object widest(ConsoleBrowser browser) {
    return ((JavascriptExecutor) browser.driver())
        .executeScript(
            "let best = null, right = 0;"
                + " for (const e of document.querySelectorAll('body *')) {"
                + "   const r = e.getBoundingClientRect().right;"
                + "   if (r > right) { right = r; best = e; } }"
                + " return best ? best.tagName + '#' + best.id + '.' + best.className + ' ' + right : '';");
  }

  private String awaitBody(String path, String text, Instant since) throws Exception {
    while (Duration.between(since, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0) {
      HttpResponse<String> response = get(path);
      if (response.statusCode() == 200 && response.body().contains(text)) {
        return response.body();
      }
      Thread.sleep(100);
    }
    throw new AssertionError(path + " did not show \"" + text + "\" within 5 seconds");
  }

  @Test
  @Order(18)
  void anEditorReadsNoAccountsHistoryAndPagesThatAreNotThereSayItInTheConsole() throws Exception {
    try (ConsoleBrowser editor = new ConsoleBrowser(signpost.console())) {
      editor.signIn(EDITOR, PASSWORD);
      editor.awaitText("You are signed in as " + EDITOR);

      HttpResponse<String> accountHistory =
          editor.download(signpost.console() + "/history.xhtml?subject=ACCOUNT&key=" + REVIEWER);
      assertThat(accountHistory.statusCode()).isEqualTo(403);
      assertThat(accountHistory.body())
          .contains("Not for your role")
          .doesNotContain("Alex Reviewer", "Reviewer (approves and publishes)");
      assertThat(accountHistory.headers().firstValue("Cache-Control")).hasValue("no-store");

      editor.open("/audit.xhtml");
      String audit = editor.awaitText("Audit log");
      assertThat(audit).contains("Topic: ").doesNotContain("Account:", "Alex Reviewer");
      assertThat(editor.driver().findElements(By.cssSelector("#subject option")))
          .extracting(option -> option.getText())
          .doesNotContain("Account");

      HttpResponse<String> noTopic =
          editor.download(signpost.console() + "/topic.xhtml?slug=no-such-topic");
      assertThat(noTopic.statusCode()).isEqualTo(404);
      assertThat(noTopic.body())
          .contains("There is no topic at this address.")
          .doesNotContain("Exception");
    }
    try (ConsoleBrowser admin = new ConsoleBrowser(signpost.console())) {
      admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
      admin.open("/audit.xhtml");
      assertThat(admin.awaitText("Account: ")).contains("Account: ");
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(signpost.base() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
