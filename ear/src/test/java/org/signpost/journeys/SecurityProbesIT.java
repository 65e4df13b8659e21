package org.signpost.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
}
