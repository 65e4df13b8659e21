package org.signpost.widgets.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A school's web editor pastes a topic's address on a line of its own in a post of a real WordPress
 * (Debian's package, started by {@code src/test/wordpress/wordpress.sh}). WordPress finds the
 * oEmbed endpoint, frames the embed in its sandbox, and the embed speaks WordPress's messages: the
 * frame takes the topic's height (as far as WordPress allows, 1000 px), and links, the quick exit
 * too, open in the top window.
 */
public abstract class WordPressEmbedChecks {

  private static final Path RUN = Path.of("target", "wordpress");

  /** Where the public side answers, set by the suite that deployed it. */
  protected URL base;

  /** The post, made once for the class on the WordPress that the first test starts. */
  private static String post;

  private ChromeDriver browser;
  private NeutralSite neutral;
  private String signpost;

  @BeforeEach
  void open() throws Exception {
    signpost = HostSite.signpostAt(base);
    if (post == null) {
      post = wordpress("up", signpost + "/topics/healthy-relationships", RUN.toString());
    }
    neutral = new NeutralSite();
    browser = neutral.browser();
  }

  @AfterEach
  void close() {
    browser.quit();
    neutral.close();
  }

  @AfterAll
  static void stopWordPress() throws Exception {
    wordpress("down", RUN.toString());
  }

  @Test
  void thePostShowsTheTopicInAFrameSizedToFitWhoseLinksOpenInTheTopWindow() {
    browser.get(post);
    WebElement frame = shownEmbed();

    assertThat(browser.findElement(By.cssSelector("blockquote.wp-embedded-content")).isDisplayed())
        .as("WordPress hides its fallback link once the embed speaks to it")
        .isFalse();
    browser.switchTo().frame(frame);
    long content =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Math.ceil(document.documentElement.getBoundingClientRect().height);");
    assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Healthy Relationships");
    browser.switchTo().defaultContent();
    long fitted = Math.max(200, Math.min(1000, content));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> String.valueOf(fitted).equals(frame.getAttribute("height")));

    browser.switchTo().frame(frame);
    Chromium.clickLeavingTheFrame(
        browser.findElement(By.linkText("Read this on the service's site")));
    browser.switchTo().defaultContent();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().equals(signpost + "/topics/healthy-relationships"));
  }

  @Test
  void theQuickExitInTheFrameTakesTheWholeWindowToTheNeutralSite() {
    browser.get(post);
    browser.switchTo().frame(shownEmbed());
    Chromium.clickLeavingTheFrame(browser.findElement(By.linkText("Exit this page")));
    browser.switchTo().defaultContent();

    NeutralSite.awaitIn(browser);
  }

  @Test
  void aResourceLinkInTheFrameLeavesByWayOfSignpostForTheResource() {
    browser.get(post);
    browser.switchTo().frame(shownEmbed());
    WebElement resource = browser.findElement(By.cssSelector("a.sp-resource-title"));
    String address = resource.getAttribute("href");
    Chromium.clickLeavingTheFrame(resource);
    browser.switchTo().defaultContent();

    // The resource's own site is not reachable from this machine: what matters is that the top
    // window went to it, through Signpost's /go on the frame's host, the only one WordPress
    // follows.
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.getCurrentUrl().startsWith("http://127.0.0.1:8182/"));
    List<String> visited = List.of(browser.getCurrentUrl(), String.valueOf(lastNavigation()));
    assertThat(visited).anyMatch(url -> url.startsWith(address) || url.contains("/go?to="));
  }

  @Test
  void theWayOutLeadsOnlyToAddressesThatSignpostLists() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String listed = "https://www.childline.org.uk/";
    HttpResponse<Void> resource =
        http.send(
            HttpRequest.newBuilder(URI.create(signpost + "/go?to=" + listed)).build(),
            HttpResponse.BodyHandlers.discarding());
    HttpResponse<Void> elsewhere =
        http.send(
            HttpRequest.newBuilder(URI.create(signpost + "/go?to=https://attacker.example/"))
                .build(),
            HttpResponse.BodyHandlers.discarding());

    assertThat(resource.statusCode()).isEqualTo(303);
    assertThat(resource.headers().firstValue("Location")).hasValue(listed);
    assertThat(elsewhere.statusCode()).isEqualTo(404);
    assertThat(elsewhere.headers().firstValue("Location")).isEmpty();
  }

  private Object lastNavigation() {
    return ((JavascriptExecutor) browser)
        .executeScript("return performance.getEntriesByType('navigation')[0]?.name;");
  }

  /** The embed's frame, once WordPress has shown it (it stays hidden until the embed speaks). */
  private WebElement shownEmbed() {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                d.findElements(By.cssSelector("iframe.wp-embedded-content")).stream()
                    .filter(
                        f -> f.getAttribute("style") == null || f.getAttribute("style").isEmpty())
                    .findFirst()
                    .orElse(null));
  }

  private static String wordpress(String... arguments) throws IOException, InterruptedException {
    Process script =
        new ProcessBuilder(concat("src/test/wordpress/wordpress.sh", arguments))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!script.waitFor(120, TimeUnit.SECONDS) || script.exitValue() != 0) {
      throw new IllegalStateException("wordpress.sh " + arguments[0] + " failed: " + out);
    }
    return out;
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
