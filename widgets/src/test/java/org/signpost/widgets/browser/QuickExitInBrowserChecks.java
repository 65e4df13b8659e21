package org.signpost.widgets.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader of Healthy Relationships, a topic that offers a quick exit, leaves it by the "Exit this
 * page" button or by pressing Shift three times: on the topic page, in an iframe embed and in a
 * script widget on a school's page. The neutral site (configured for the test run as {@code
 * http://weather.neutral.test/}, which the browser resolves to a stand-in on loopback) takes the
 * page's place, so that Back does not lead to the topic.
 */
public abstract class QuickExitInBrowserChecks {

  /** Where the public side answers, set by the suite that deployed it. */
  protected URL base;

  private ChromeDriver browser;
  private HostSite school;
  private NeutralSite neutral;
  private String signpost;

  @BeforeEach
  void open() throws Exception {
    signpost = HostSite.signpostAt(base);
    school = new HostSite();
    neutral = new NeutralSite();
    browser = neutral.browser();
  }

  @AfterEach
  void close() {
    browser.quit();
    school.close();
    neutral.close();
  }

  @Test
  void theExitButtonReplacesTheTopicPageSoThatBackSkipsIt() {
    String before = school.page("/before.html", "<p>Our PSHE pages.</p>", null);
    browser.get(before);
    browser.get(signpost + "/topics/healthy-relationships");

    WebElement exit = browser.findElement(By.linkText("Exit this page"));
    assertThat(browser.findElement(By.cssSelector(".sp-exit-hint")).isDisplayed()).isTrue();
    exit.click();

    waitForTheNeutralSite();
    browser.navigate().back();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> before.equals(d.getCurrentUrl()));
  }

  @Test
  void shiftPressedThreeTimesLeavesTheTopicPage() {
    browser.get(signpost + "/topics/healthy-relationships");
    browser.findElement(By.tagName("h1"));

    pressShiftThreeTimes();

    waitForTheNeutralSite();
  }

  @Test
  void theIframeEmbedLeavesTheWholeWindowForTheNeutralSite() {
    browser.get(
        school.page(
            "/embedded.html",
            "<iframe src=\""
                + signpost
                + "/embed/topic/healthy-relationships\" title=\"Healthy Relationships\""
                + " width=\"600\" height=\"800\"></iframe>",
            null));

    browser.switchTo().frame(0);
    Chromium.clickLeavingTheFrame(browser.findElement(By.linkText("Exit this page")));
    browser.switchTo().defaultContent();

    waitForTheNeutralSite();
  }

  @Test
  void theScriptWidgetsExitButtonAndShiftThreeTimesLeaveTheSchoolsPage() {
    String page =
        school.page(
            "/widget.html",
            "<script src=\""
                + signpost
                + "/widgets/v1/signpost.js\" async></script>"
                + "<signpost-resources topic=\"healthy-relationships\" key-stage=\"ks3\">"
                + "</signpost-resources>",
            null);
    browser.get(page);
    exitInWidget("signpost-resources").click();
    waitForTheNeutralSite();

    browser.get(page);
    exitInWidget("signpost-resources");
    pressShiftThreeTimes();
    waitForTheNeutralSite();
  }

  @Test
  void aTopicThatNeedsNoQuickExitOffersNone() {
    browser.get(signpost + "/topics/pollution");

    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotEmpty();
    assertThat(browser.findElements(By.linkText("Exit this page"))).isEmpty();
  }

  private WebElement exitInWidget(String tag) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            d ->
                d
                    .findElement(By.cssSelector(tag))
                    .getShadowRoot()
                    .findElements(By.cssSelector("a[data-signpost-exit]"))
                    .stream()
                    .findFirst()
                    .orElse(null));
  }

  private void pressShiftThreeTimes() {
    Actions keys = new Actions(browser);
    for (int i = 0; i < 3; i++) {
      keys.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
    }
    keys.perform();
  }

  private void waitForTheNeutralSite() {
    NeutralSite.awaitIn(browser);
  }
}
