package org.signpost.core.linkhealth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.signpost.core.resource.LinkHealth;
import org.signpost.core.resource.LinkStatus;

/**
 * Checks one address the way a reader's browser would reach it: a HEAD request first, a GET when
 * HEAD is refused (many servers answer HEAD with 403, 404 or 405 and GET with 200), redirects
 * followed one by one, at most {@link #MAX_REDIRECTS}, each request with a timeout.
 *
 * <ul>
 *   <li>{@code OK}: answered 2xx at the address itself;
 *   <li>{@code REDIRECTED}: answered 2xx after redirects, and where they ended is recorded;
 *   <li>{@code BROKEN}: answered 4xx or 5xx, or redirected too often;
 *   <li>{@code UNREACHABLE}: no answer: unknown host, refused, timed out.
 * </ul>
 */
public class LinkChecker {

  public static final int MAX_REDIRECTS = 5;
  static final String USER_AGENT = "Signpost link checker (a health resources directory)";

  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;

  public LinkChecker(Duration timeout, Clock clock) {
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
    this.timeout = timeout;
    this.clock = clock;
  }

  public LinkHealth check(String address) {
    URI current;
    try {
      current = URI.create(address.strip());
    } catch (IllegalArgumentException e) {
      return LinkHealth.checked(LinkStatus.BROKEN, clock.instant(), null, null);
    }
    boolean redirected = false;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Optional<HttpResponse<Void>> answer = ask(current);
      if (answer.isEmpty()) {
        return LinkHealth.checked(LinkStatus.UNREACHABLE, clock.instant(), null, null);
      }
      int status = answer.get().statusCode();
      Optional<String> location = answer.get().headers().firstValue("Location");
      if (status >= 300 && status < 400 && location.isPresent()) {
        try {
          current = current.resolve(location.get().strip());
        } catch (IllegalArgumentException e) {
          return LinkHealth.checked(LinkStatus.BROKEN, clock.instant(), status, null);
        }
        redirected = true;
        continue;
      }
      if (status >= 200 && status < 300) {
        return redirected
            ? LinkHealth.checked(LinkStatus.REDIRECTED, clock.instant(), status, current.toString())
            : LinkHealth.checked(LinkStatus.OK, clock.instant(), status, null);
      }
      return LinkHealth.checked(
          LinkStatus.BROKEN, clock.instant(), status, redirected ? current.toString() : null);
    }
    return LinkHealth.checked(LinkStatus.BROKEN, clock.instant(), null, current.toString());
  }

  /** HEAD, then GET when HEAD is refused; empty when nothing answered. */
  private Optional<HttpResponse<Void>> ask(URI address) {
    try {
      HttpResponse<Void> head = send(address, "HEAD");
      if (head.statusCode() < 400) {
        return Optional.of(head);
      }
      return Optional.of(send(address, "GET"));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private HttpResponse<Void> send(URI address, String method)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(address)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(timeout)
            .header("User-Agent", USER_AGENT)
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding());
  }
}
