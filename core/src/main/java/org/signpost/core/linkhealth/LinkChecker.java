package org.signpost.core.linkhealth;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
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
 *   <li>{@code UNREACHABLE}: no answer: unknown host, refused, timed out;
 *   <li>{@code PRIVATE_ADDRESS}: not checked, because the address or a redirect on the way leads to
 *       a private address ({@link PrivateAddresses}): no request is sent there.
 * </ul>
 */
public class LinkChecker {

  public static final int MAX_REDIRECTS = 5;
  static final String USER_AGENT = "Signpost link checker (a health resources directory)";

  private final CloseableHttpClient http;
  private final Clock clock;

  /**
   * @param privateAddressesAllowed whether loopback and private addresses may be checked: only for
   *     tests, whose stand-in sites listen on loopback
   */
  public LinkChecker(Duration timeout, Clock clock, boolean privateAddressesAllowed) {
    this(
        timeout, clock, address -> privateAddressesAllowed || !PrivateAddresses.isPrivate(address));
  }

  /** A checker that reaches only the addresses {@code reachable} accepts. */
  LinkChecker(Duration timeout, Clock clock, Predicate<InetAddress> reachable) {
    Timeout limit = Timeout.of(timeout);
    this.http =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(new CheckedAddresses(reachable))
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(limit)
                            .setSocketTimeout(limit)
                            .build())
                    .setMaxConnTotal(2 * LinkHealthChecks.CONCURRENCY)
                    .build())
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .setUserAgent(USER_AGENT)
            .build();
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
      Answer answer;
      try {
        answer = ask(current);
      } catch (CheckedAddresses.PrivateAddressException e) {
        return LinkHealth.checked(
            LinkStatus.PRIVATE_ADDRESS,
            clock.instant(),
            null,
            redirected ? current.toString() : null);
      } catch (IOException | RuntimeException e) {
        return LinkHealth.checked(LinkStatus.UNREACHABLE, clock.instant(), null, null);
      }
      int status = answer.status();
      if (status >= 300 && status < 400 && answer.location() != null) {
        try {
          current = current.resolve(answer.location().strip());
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

  /** What one request found: its status and where it redirects, if it does. */
  private record Answer(int status, String location) {}

  /** HEAD, then GET when HEAD is refused. */
  private Answer ask(URI address) throws IOException {
    Answer head = send(address, "HEAD");
    return head.status() < 400 ? head : send(address, "GET");
  }

  /** One request; the body is never read (closing the answer drops its connection). */
  private Answer send(URI address, String method) throws IOException {
    ClassicHttpRequest request =
        ClassicRequestBuilder.create(method)
            .setUri(address)
            .addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .build();
    try (ClassicHttpResponse response = http.executeOpen(null, request, null)) {
      Header location = response.getFirstHeader("Location");
      return new Answer(response.getCode(), location == null ? null : location.getValue());
    }
  }
}
