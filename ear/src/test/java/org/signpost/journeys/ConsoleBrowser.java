package org.signpost.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.signpost.widgets.browser.Chromium;

/** One curator's browser on the console: what they click and type, and what they see. */
final class ConsoleBrowser implements AutoCloseable {

  private final ChromeDriver driver;
  private final String console;
  private final Path downloads;

  ConsoleBrowser(String console) {
    try {
      this.downloads = Files.createTempDirectory("signpost-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.driver = Chromium.start(true, downloads);
    this.console = console;
  }

  ChromeDriver driver() {
    return driver;
  }

  void signIn(String login, String password) {
    open("/sign-in.xhtml");
    type("login", login);
    type("password", password);
    WebElement form = element(By.id("submit"));
    click("submit");
    // The next step must not race the sign-in's own answer (the dashboard, or the form again).
    wait(15).until(ExpectedConditions.stalenessOf(form));
  }

  void signOut() {
    click("signOutButton");
  }

  void open(String path) {
    driver.get(console + path);
    // A page left with unsaved changes would ask first; journeys move on.
    ((JavascriptExecutor) driver).executeScript("window.onbeforeunload = null;");
  }

  void type(String id, String text) {
    WebElement field = inView(element(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Types into a field inside a repeated block, by the end of its id, such as {@code :0:heading}.
   */
  void typeInRow(String idEnd, String text) {
    WebElement field = inView(element(By.cssSelector("[id$='" + idEnd + "']")));
    field.clear();
    field.sendKeys(text);
  }

  /** Types into a rich-text editor, the one that holds the element with this id. */
  void typeRich(String cssOfEditor, String text) {
    WebElement editable = inView(element(By.cssSelector(cssOfEditor + " .ql-editor")));
    editable.click();
    editable.sendKeys(text);
  }

  /** The id of the element whose id ends so, such as {@code :0:down} in a repeated block. */
  String idEndingWith(String end) {
    return element(By.cssSelector("[id$='" + end + "']")).getAttribute("id");
  }

  /** The value of the field whose id ends so; null while an update replaces it. */
  String valueOfIdEnding(String end) {
    try {
      return driver.findElement(By.cssSelector("[id$='" + end + "']")).getAttribute("value");
    } catch (org.openqa.selenium.StaleElementReferenceException
        | org.openqa.selenium.NoSuchElementException replaced) {
      return null;
    }
  }

  void choose(String id, String visibleText) {
    new Select(element(By.id(id))).selectByVisibleText(visibleText);
  }

  void chooseInRow(String idEnd, String visibleText) {
    new Select(element(By.cssSelector("[id$='" + idEnd + "']"))).selectByVisibleText(visibleText);
  }

  void check(String labelText) {
    WebElement label = element(By.xpath("//label[normalize-space(.)=" + quoted(labelText) + "]"));
    WebElement box = driver.findElement(By.id(label.getAttribute("for")));
    if (!box.isSelected()) {
      inView(label).click();
    }
  }

  void click(String id) {
    clickFound(By.cssSelector("[id='" + id + "']"));
  }

  void clickLabelled(String ariaLabel) {
    clickFound(By.cssSelector("[aria-label=" + quoted(ariaLabel) + "]"));
  }

  /**
   * Finds a clickable element and clicks it, finding it again if a partial update replaced it in
   * between (as a person's click lands on whatever is on the page at that moment).
   */
  private void clickFound(By locator) {
    wait(5)
        .until(
            browser -> {
              WebElement button = ExpectedConditions.elementToBeClickable(locator).apply(browser);
              if (button == null) {
                return false;
              }
              ((JavascriptExecutor) browser)
                  .executeScript("arguments[0].scrollIntoView({block:'center'})", button);
              button.click();
              return true;
            });
  }

  void clickLink(String text) {
    inView(wait(5).until(ExpectedConditions.elementToBeClickable(By.linkText(text)))).click();
  }

  /**
   * The element scrolled to the middle of the window, as a person scrolls to what they work on: at
   * the window's foot it would sit under the topic editor's save bar.
   */
  WebElement inView(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block:'center'})", element);
    return element;
  }

  /** Waits until the page shows the text somewhere, and returns the page's text. */
  String awaitText(String text) {
    wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    return pageText();
  }

  /** The text inside a widget's shadow root, once it holds the text expected. */
  String shadowTextShowing(String elementCss, String expected) {
    return wait(10)
        .until(
            d -> {
              Object text =
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "const e = document.querySelector(arguments[0]);"
                              + " return e && e.shadowRoot ? e.shadowRoot.textContent : '';",
                          elementCss);
              return text != null && text.toString().contains(expected) ? text.toString() : null;
            });
  }

  /** A file the console offers for download, fetched with this curator's session. */
  HttpResponse<String> download(String address) throws IOException, InterruptedException {
    return download(address, HttpResponse.BodyHandlers.ofString());
  }

  /** A binary file the console offers for download, with this curator's session. */
  HttpResponse<java.io.InputStream> downloadBytes(String address)
      throws IOException, InterruptedException {
    return download(address, HttpResponse.BodyHandlers.ofInputStream());
  }

  private <T> HttpResponse<T> download(String address, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(address)).header("Cookie", cookies()).build(), body);
  }

  /**
   * Every cookie the browser holds for the console, as a Cookie header: the session is two of them,
   * its id and the version that lets any instance of a cluster go on with it.
   */
  String cookies() {
    return driver.manage().getCookies().stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
  }

  /** What the browser saved under this name, once the whole file is there. */
  String downloaded(String name) {
    Path file = downloads.resolve(name);
    return wait(10)
        .until(
            d -> {
              try {
                return Files.exists(file) ? Files.readString(file) : null;
              } catch (IOException stillBeingWritten) {
                return null;
              }
            });
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String textOf(String id) {
    return element(By.id(id)).getText();
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String value(String id) {
    return element(By.id(id)).getAttribute("value");
  }

  /**
   * A wait that looks again when an update or a new page has just replaced what it read: Chromium
   * then says the element is stale, or that its node "does not belong to the document".
   */
  WebDriverWait wait(int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    return wait;
  }

  private WebElement element(By by) {
    return wait(10).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "\\'") + "'";
  }

  @Override
  public void close() {
    driver.quit();
    try (var saved = Files.walk(downloads)) {
      saved.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
