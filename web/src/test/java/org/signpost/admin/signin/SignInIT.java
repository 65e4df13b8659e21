package org.signpost.admin.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one Signpost war as built, on Payara Micro: a curator signs in with the first administrator's
 * password (set for this run through {@code signpost.admin.password}) and out again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  private static final String PASSWORD = "console-it-long-secret";
  private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

  @ArquillianResource URL base;

  private CookieManager cookies;
  private HttpClient browser;

  @Deployment(testable = false)
  static WebArchive console() {
    return ShrinkWrap.create(ZipImporter.class, "signpost.war")
        .importFrom(new File(System.getProperty("signpost.war")))
        .as(WebArchive.class);
  }

  @BeforeEach
  void newBrowser() {
    cookies = new CookieManager();
    browser =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Test
  void aConsolePageSendsAStrangerToSignIn() throws Exception {
    HttpResponse<String> home = get("");

    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in.xhtml"));
  }

  @Test
  void aWrongPasswordIsRefusedWithAPlainMessage() throws Exception {
    HttpResponse<String> refused = signIn("admin", "not the password at all");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("The login or password is not right.");
    assertThat(get("").statusCode()).isEqualTo(302);
  }

  @Test
  void theBootstrapPasswordSignsInWithANewSessionIdAndSignOutEndsIt() throws Exception {
    get("sign-in.xhtml");
    String sessionBefore = sessionId();

    HttpResponse<String> signedIn = signIn("admin", PASSWORD);

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(sessionId()).isNotEqualTo(sessionBefore);
    HttpResponse<String> home = get("");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("You are signed in as admin.", "Your roles: Administrator.");

    HttpResponse<String> signedOut =
        post("", form(home.body(), Map.of("signOut", "signOut", "signOutButton", "")));
    assertThat(signedOut.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).contains("sign-in.xhtml?signedOut=true"));
    assertThat(get("").statusCode()).isEqualTo(302);
  }

  private HttpResponse<String> signIn(String login, String password) throws Exception {
    String page = get("sign-in.xhtml").body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("signIn", "signIn");
    fields.put("login", login);
    fields.put("password", password);
    fields.put("submit", "");
    return post("sign-in.xhtml", form(page, fields));
  }

  private static String form(String page, Map<String, String> fields) {
    Matcher viewState = VIEW_STATE.matcher(page);
    assertThat(viewState.find()).as("the page has a Faces view state").isTrue();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.ViewState", viewState.group(1));
    // What PrimeFaces' script adds to a form it sends: the page's script nonce, checked on
    // postback.
    Matcher nonce = NONCE.matcher(page);
    assertThat(nonce.find()).as("the page's scripts carry a nonce").isTrue();
    all.put("primefaces.nonce", nonce.group(1));
    return all.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A console address: the console lives under admin/ in the one war. */
  private URI uri(String path) throws Exception {
    return base.toURI().resolve("admin/" + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
