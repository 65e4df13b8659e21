package org.signpost.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a curator types is what is kept: a rich-text box saved the moment after typing, with an
 * ordinary click or the Enter key, and a topic submitted for review with changes not saved yet.
 * Each journey writes a topic of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoLostWorkIT {

  private static final AtomicInteger TOPICS = new AtomicInteger();

  private SignpostInstance signpost;

  @BeforeAll
  void start() throws Exception {
    signpost = SignpostInstance.start(Map.of());
  }

  @AfterAll
  void stop() throws Exception {
    signpost.close();
  }

  @Test
  void aSectionSavedWithAnOrdinaryClickKeepsWhatWasJustTyped() throws Exception {
    try (ConsoleBrowser curator = signedIn()) {
      String slug = newTopic(curator);
      curator.typeRich("[id$=':0:body']", " Typed just before saving.");
      // No pause: the press comes straight after the last key, as a quick curator's does.
      pressAndRelease(curator, "save", Duration.ofMillis(150));
      curator.awaitText("Saved.");

      curator.open("/topic.xhtml?slug=" + slug);
      assertThat(richText(curator, "[id$=':0:body']")).contains("Typed just before saving.");
    }
  }

  @Test
  void theIntroductionSavedWithTheEnterKeyKeepsWhatWasJustTyped() throws Exception {
    try (ConsoleBrowser curator = signedIn()) {
      String slug = newTopic(curator);
      curator.typeRich("#introduction", "An introduction typed, then Enter on Save.");
      WebElement save = curator.driver().findElement(By.id("save"));
      // Focus straight onto the button, as a screen reader's "jump to button" does.
      ((JavascriptExecutor) curator.driver()).executeScript("arguments[0].focus()", save);
      save.sendKeys(Keys.ENTER);
      curator.awaitText("Saved.");

      curator.open("/topic.xhtml?slug=" + slug);
      assertThat(richText(curator, "#introduction"))
          .contains("An introduction typed, then Enter on Save.");
    }
  }

  @Test
  void submittingForReviewSavesTheChangesTypedFirst() {
    try (ConsoleBrowser curator = signedIn()) {
      String slug = newTopic(curator);
      curator.type("summary", "A summary changed and never saved by hand.");
      curator.typeRich("[id$=':0:body']", " And a sentence added.");

      pressAndRelease(curator, "submitForReview", Duration.ofMillis(150));
      curator.awaitText("Sent for review.");

      assertThat(curator.textOf("status")).isEqualTo("in review");
      curator.open("/topic.xhtml?slug=" + slug);
      assertThat(curator.value("summary")).isEqualTo("A summary changed and never saved by hand.");
      assertThat(richText(curator, "[id$=':0:body']")).contains("And a sentence added.");
      curator.open("/history.xhtml?subject=TOPIC&key=" + slug);
      assertThat(curator.awaitText("Compare")).contains("Saved", "Submitted for review");
    }
  }

  @Test
  void aWorkflowButtonWithUnsavedChangesAsksBeforeDroppingThem() {
    try (ConsoleBrowser curator = signedIn()) {
      newTopic(curator);
      curator.type("owner", "Someone not saved yet");

      Object warns =
          ((JavascriptExecutor) curator.driver())
              .executeScript(
                  "document.getElementById('workflow').dispatchEvent("
                      + "  new Event('submit', {bubbles: true, cancelable: true}));"
                      + " const leaving = new Event('beforeunload', {cancelable: true});"
                      + " window.dispatchEvent(leaving); return leaving.defaultPrevented;");

      assertThat(warns).as("another form's submit keeps the warning on").isEqualTo(Boolean.TRUE);
    }
  }

  private ConsoleBrowser signedIn() {
    ConsoleBrowser curator = new ConsoleBrowser(signpost.console());
    curator.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
    curator.awaitText("You are signed in as admin.");
    return curator;
  }

  /** Writes and saves a draft topic with one section, and returns its slug. */
  private static String newTopic(ConsoleBrowser curator) {
    String title = "Kept work " + TOPICS.incrementAndGet();
    curator.open("/topic.xhtml");
    curator.type("title", title);
    curator.type("summary", "A topic written to check nothing typed is lost.");
    curator.typeInRow(":0:heading", "First section");
    curator.typeRich("[id$=':0:body']", "The first words.");
    curator.click("save");
    curator.awaitText("Topic created as a draft.");
    curator
        .wait(10)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$=':0:body']")));
    return title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  /** A mouse press held as long as a person holds it, then released. */
  private static void pressAndRelease(ConsoleBrowser curator, String id, Duration held) {
    WebElement button = curator.wait(5).until(ExpectedConditions.elementToBeClickable(By.id(id)));
    ((JavascriptExecutor) curator.driver())
        .executeScript("arguments[0].scrollIntoView({block:'center'})", button);
    new Actions(curator.driver())
        .moveToElement(button)
        .clickAndHold()
        .pause(held)
        .release()
        .perform();
  }

  private static String richText(ConsoleBrowser curator, String cssOfEditor) {
    return curator
        .wait(10)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(cssOfEditor + " .ql-editor")))
        .getText();
  }
}
