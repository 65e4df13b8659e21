package org.signpost.widgets.browser;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium as the machine has it, with nothing downloaded or phoned home. */
public final class Chromium {

  private Chromium() {}

  public static ChromeDriver start(boolean javaScript) {
    return start(javaScript, null);
  }

  /** A browser that saves what it downloads into {@code downloads}, without asking where. */
  public static ChromeDriver start(boolean javaScript, Path downloads) {
    return start(javaScript, downloads, new String[0]);
  }

  /** A browser started with more command-line switches, such as {@code --host-resolver-rules}. */
  public static ChromeDriver start(boolean javaScript, Path downloads, String... switches) {
    System.setProperty("SE_OFFLINE", "true");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("signpost.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000");
    options.addArguments(switches);
    Map<String, Object> preferences = new HashMap<>();
    if (!javaScript) {
      preferences.put("profile.managed_default_content_settings.javascript", 2);
    }
    if (downloads != null) {
      preferences.put("download.default_directory", downloads.toString());
      preferences.put("download.prompt_for_download", false);
    }
    if (!preferences.isEmpty()) {
      options.setExperimentalOption("prefs", preferences);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(
                    System.getProperty("signpost.chromedriver", "/usr/bin/chromedriver")))
            .build();
    return new ChromeDriver(service, options);
  }

  /**
   * Clicks a link inside a frame that leads the whole window away: the frame may be gone before the
   * browser reports the click done, which is what the click was for.
   */
  public static void clickLeavingTheFrame(org.openqa.selenium.WebElement link) {
    try {
      link.click();
    } catch (org.openqa.selenium.WebDriverException e) {
      if (e.getMessage() == null || !e.getMessage().contains("frame detached")) {
        throw e;
      }
    }
  }
}
