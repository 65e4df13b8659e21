package org.signpost.widgets.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.signpost.widgets.StoredFeedback;

/**
 * A school's page on another origin (another loopback address and port, under a strict
 * Content-Security-Policy) embeds Signpost with the README's snippets as written; a reader sees the
 * KS3 resources, answers the feedback prompt with and without script, and nothing sets a cookie.
 * Every page, embed and widget has no axe violations and valid HTML.
 */
public abstract class EmbeddingInBrowserChecks {

  private static final List<String> WCAG =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final String KS3_LESSONS = "Healthy relationships lessons for Key Stage 3";
  private static final String SAFETY_PLAN = "Making a safety plan";

  /** Where the public side answers, set by the suite that deployed it. */
  protected URL base;

  private ChromeDriver browser;
  private HostSite school;
  private String signpost;

  @BeforeEach
  void open() throws Exception {
    signpost = HostSite.signpostAt(base);
    school = new HostSite();
    browser = Chromium.start(true);
  }

  @AfterEach
  void close() {
    browser.quit();
    school.close();
  }

  @Test
  void theScriptSnippetShowsTheKs3ResourcesOnAStrictHostPageAndSetsNoCookie() {
    String page =
        school.page(
            "/health.html", ReadmeSnippets.snippet("embed-script", signpost), strictPolicy());

    browser.get(page);
    String text = shadowText("signpost-resources");

    assertThat(text).contains(KS3_LESSONS, SAFETY_PLAN).doesNotContain("Key Stage 2");
    assertThat(cookies()).isEmpty();
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void aWidgetTakesTheHostPagesFontAndTextColourUnlessTheHostSetsItsOwn() {
    String page =
        school.page(
            "/fonts.html",
            "<script src=\""
                + signpost
                + "/widgets/v1/signpost.js\" async></script>"
                + "<div style=\"font-family: Georgia, serif; color: rgb(10, 20, 30)\">"
                + "<signpost-topic id=\"inherits\" slug=\"pollution\"></signpost-topic>"
                + "<signpost-topic id=\"themed\" slug=\"pollution\""
                + " style=\"--signpost-font: Verdana, sans-serif\"></signpost-topic></div>",
            null);

    browser.get(page);
    shadowText("#inherits");
    ((JavascriptExecutor) browser)
        .executeScript("document.querySelector('#themed').scrollIntoView();");
    shadowText("#themed");

    assertThat(style("#inherits", "fontFamily")).contains("Georgia");
    assertThat(style("#inherits", "color")).isEqualTo("rgb(10, 20, 30)");
    assertThat(style("#themed", "fontFamily")).contains("Verdana");
  }

  private String style(String widget, String property) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])"
                    + ".shadowRoot.querySelector('.sp-root'))[arguments[1]];",
                widget,
                property);
  }

  @Test
  void feedbackFromTheWidgetLandsInTheDatabaseOnce() throws Exception {
    String path = "/pshe-" + UUID.randomUUID() + ".html";
    String page =
        school.page(
            path,
            "<script src=\""
                + signpost
                + "/widgets/v1/signpost.js\" async></script>"
                + "<signpost-feedback topic=\"healthy-relationships\"></signpost-feedback>",
            strictPolicy());

    browser.get(page);
    shadowText("signpost-feedback");
    SearchContext widget = browser.findElement(By.cssSelector("signpost-feedback")).getShadowRoot();
    widget.findElement(By.cssSelector("input[value=no]")).click();
    widget
        .findElement(By.cssSelector("textarea"))
        .sendKeys("Lessons for year 9, mail me at a@b.org");
    widget.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> shadowTextNow("signpost-feedback").contains("Thank you for your feedback"));

    assertThat(StoredFeedback.forPage(path))
        .containsExactly(
            "healthy-relationships|false|Lessons for year 9, mail me at [email removed]|"
                + school.origin());
    assertThat(cookies()).isEmpty();
  }

  @Test
  void theIframeSnippetShowsTheEmbedAndTheHostScriptSizesIt() {
    String page =
        school.page(
            "/iframe.html",
            ReadmeSnippets.snippet("embed-iframe", signpost)
                + ReadmeSnippets.snippet("embed-host", signpost),
            null);

    browser.get(page);
    WebElement frame = browser.findElement(By.tagName("iframe"));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !"600".equals(frame.getAttribute("height")));
    browser.switchTo().frame(frame);
    String text = browser.findElement(By.tagName("body")).getText();
    browser.switchTo().defaultContent();

    assertThat(text).contains(KS3_LESSONS, SAFETY_PLAN);
    assertThat(Integer.parseInt(frame.getAttribute("height"))).isBetween(100, 5000);
    browser.switchTo().frame(frame);
    String linksOpen = browser.findElement(By.cssSelector("head base")).getAttribute("target");
    List<String> formsOpen =
        browser.findElements(By.tagName("form")).stream()
            .map(f -> f.getAttribute("target"))
            .toList();
    browser.switchTo().defaultContent();
    assertThat(linksOpen).as("a link leaves the frame for the whole window").isEqualTo("_top");
    assertThat(formsOpen).as("an answer stays in the frame").allMatch("_self"::equals);
    assertThat(cookies()).isEmpty();
  }

  @Test
  void theNoScriptFormOnTheTopicPageThanksTheReaderAndStoresTheAnswer() throws Exception {
    browser.quit();
    browser = Chromium.start(false);
    String marker = StoredFeedback.uniqueComment("no-script");

    browser.get(signpost + "/topics/healthy-relationships");
    browser.findElement(By.cssSelector("#feedback input[value=yes]")).click();
    browser.findElement(By.id("sp-comment-field")).sendKeys(marker);
    browser.findElement(By.cssSelector("#feedback button[type=submit]")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("feedback="));
    assertThat(browser.getCurrentUrl())
        .endsWith("/topics/healthy-relationships?feedback=thanks#feedback");
    assertThat(browser.findElement(By.id("feedback")).getText())
        .contains("Thank you for your feedback");
    assertThat(StoredFeedback.withComment(marker)).hasSize(1);
    assertThat(cookies()).isEmpty();
  }

  @Test
  void aKeyboardUserSkipsToTheContentAndAnswersTheFeedbackWithVisibleFocus() throws Exception {
    String marker = StoredFeedback.uniqueComment("keyboard");
    browser.get(signpost + "/topics/healthy-relationships");

    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement skip = browser.switchTo().activeElement();
    assertThat(skip.getText()).isEqualTo("Skip to main content");
    assertThat(skip.getCssValue("outline-style")).isNotEqualTo("none");

    WebElement yes = browser.findElement(By.cssSelector("#feedback input[value=yes]"));
    for (int i = 0; i < 200 && !yes.equals(browser.switchTo().activeElement()); i++) {
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(browser.switchTo().activeElement()).isEqualTo(yes);
    assertThat(yes.getCssValue("outline-style")).isNotEqualTo("none");
    yes.sendKeys(Keys.SPACE);
    yes.sendKeys(Keys.TAB);
    WebElement comment = browser.switchTo().activeElement();
    assertThat(comment.getAttribute("id")).isEqualTo("sp-comment-field");
    comment.sendKeys(marker, Keys.TAB);
    WebElement send = browser.switchTo().activeElement();
    assertThat(send.getText()).isEqualTo("Send feedback");
    send.sendKeys(Keys.ENTER);

    // As a reader would, wait for the page that answers the post.
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("feedback=thanks"));
    assertThat(StoredFeedback.withComment(marker)).hasSize(1);
  }

  @Test
  void pagesEmbedsAndWidgetsHaveNoAxeViolationsAndFitA320PixelScreen() {
    List<String> addresses = new ArrayList<>();
    for (String path :
        List.of(
            "/topics",
            "/topics?key-stage=ks3",
            "/topics/healthy-relationships",
            "/topics/healthy-relationships?key-stage=ks3&feedback=thanks",
            "/topics/healthy-relationships?feedback=choose",
            "/embed/topic/healthy-relationships?key-stage=ks3",
            "/embed/resources?topic=healthy-relationships&key-stage=ks3&theme=dark",
            "/embed/feedback?theme=auto")) {
      addresses.add(signpost + path);
    }
    for (String element :
        List.of(
            "<signpost-topic slug=\"healthy-relationships\" key-stage=\"ks3\"></signpost-topic>",
            "<signpost-resources topic=\"healthy-relationships\" key-stage=\"ks3\" theme=\"dark\"></signpost-resources>",
            "<signpost-feedback topic=\"healthy-relationships\"></signpost-feedback>")) {
      addresses.add(
          school.page(
              "/axe-" + UUID.randomUUID() + ".html",
              "<script src=\"" + signpost + "/widgets/v1/signpost.js\"></script>" + element,
              null));
    }

    for (String address : addresses) {
      browser.manage().window().setSize(new Dimension(1280, 1000));
      browser.get(address);
      if (address.startsWith(school.origin())) {
        shadowText(address.contains("axe-") ? widgetTag() : "signpost-topic");
      }
      Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
      assertThat(results.getViolations())
          .as("axe on %s", address)
          .extracting(Rule::getId)
          .isEmpty();
      browser.manage().window().setSize(new Dimension(320, 800));
      Long overflow =
          (Long)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(overflow)
          .as("sideways scrolling at 320 px on %s", address)
          .isLessThanOrEqualTo(0L);
    }
  }

  @Test
  void pagesEmbedsAndFragmentsAreValidHtml() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path :
        List.of(
            "/topics",
            "/topics/healthy-relationships",
            "/topics/healthy-relationships?key-stage=ks3&feedback=thanks",
            "/embed/topic/healthy-relationships",
            "/embed/resources?key-stage=ks3&theme=dark",
            "/embed/feedback")) {
      String html =
          http.send(
                  HttpRequest.newBuilder(URI.create(signpost + path)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(HtmlValidity.errors(html)).as("vnu on %s", path).isEmpty();
    }
    for (String path :
        List.of(
            "/widgets/v1/fragments/topic/healthy-relationships",
            "/widgets/v1/fragments/resources?topic=healthy-relationships&key-stage=ks3",
            "/widgets/v1/fragments/feedback?page=/x")) {
      String html =
          http.send(
                  HttpRequest.newBuilder(URI.create(signpost + path)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(HtmlValidity.fragmentErrors(html)).as("vnu on %s", path).isEmpty();
    }
  }

  private String widgetTag() {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.querySelector('signpost-topic,signpost-resources,signpost-feedback').localName;");
  }

  private String origin() {
    URI uri = URI.create(signpost);
    return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
  }

  private String strictPolicy() {
    return "default-src 'self'; img-src 'self' data:; script-src "
        + origin()
        + "; connect-src "
        + origin();
  }

  /** Waits until the element's shadow root has content and returns its text. */
  private String shadowText(String tag) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> shadowTextNow(tag).length() > 20);
    return shadowTextNow(tag);
  }

  private String shadowTextNow(String tag) {
    Object text =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const e = document.querySelector(arguments[0]);"
                    + " return e && e.shadowRoot ? e.shadowRoot.textContent : '';",
                tag);
    return text == null ? "" : text.toString().replaceAll("\\s+", " ");
  }

  @SuppressWarnings("unchecked")
  private List<Object> cookies() {
    Map<String, Object> all = browser.executeCdpCommand("Network.getAllCookies", Map.of());
    return (List<Object>) all.get("cookies");
  }

  private List<String> consoleErrors() {
    return browser.manage().logs().get("browser").getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(entry -> entry.getMessage())
        .toList();
  }
}
