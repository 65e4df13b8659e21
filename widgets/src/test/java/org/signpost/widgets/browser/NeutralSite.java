package org.signpost.widgets.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The quick exit's neutral site for the tests: {@code http://weather.neutral.test/forecast}, which
 * the widgets' test configuration names, served on loopback to a browser that resolves it there.
 */
final class NeutralSite implements AutoCloseable {

  static final String ADDRESS = "http://weather.neutral.test/forecast";

  private final HostSite site;

  NeutralSite() throws IOException {
    site = new HostSite();
    site.page("/forecast", "<p>Sunny intervals.</p>", null);
  }

  /** A browser with script that finds the neutral site on loopback. */
  ChromeDriver browser() {
    String port = site.origin().substring(site.origin().lastIndexOf(':') + 1);
    return Chromium.start(
        true, null, "--host-resolver-rules=MAP weather.neutral.test 127.0.0.2:" + port);
  }

  /** Waits until the browser's whole window shows the neutral site. */
  static void awaitIn(WebDriver browser) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().startsWith(ADDRESS));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Sunny intervals.");
  }

  @Override
  public void close() {
    site.close();
  }
}
