package org.signpost.widgets.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.signpost.widgets.render.Rendered;

/**
 * Sends rendered bytes as the public surface does: an entity tag and public caching for what was
 * found, a 304 when the reader already has it, no storing of a "not found", no cookies, and the
 * security headers the kind of response needs.
 */
public final class PublicResponse {

  /**
   * What our pages and embeds enforce: everything from here only (scripts too, and none written
   * inline), no plugins, no base rewriting, forms post only here. The framing rule is added per
   * kind of response. A checker that injects a script of its own (axe) must do it as a browser
   * extension or through the browser's devtools, as the tests do, not as an inline script tag.
   */
  public static final String ENFORCED_POLICY =
      "default-src 'self'; img-src 'self' data:; script-src 'self'; object-src 'none';"
          + " base-uri 'none'; form-action 'self'; frame-ancestors ";

  private PublicResponse() {}

  public static void send(
      HttpServletRequest request, HttpServletResponse response, Rendered rendered)
      throws IOException {
    response.setHeader("Content-Type", rendered.contentType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    PublicCaching caching =
        PublicCaching.of(
            rendered.found() ? PublicCaching.OK : rendered.status(),
            rendered.tag(),
            request.getHeader("If-None-Match"));
    response.setStatus(caching.status());
    caching.headers().forEach(response::setHeader);
    if (!caching.readerHoldsIt()) {
      write(request, response, rendered.body());
    }
  }

  /** For our own pages: framed by nobody. */
  public static void pageHeaders(HttpServletResponse response) {
    policies(response, "'none'");
    response.setHeader("X-Frame-Options", "DENY");
  }

  /** For the embeds: framed only by the sites allowed to. */
  public static void embedHeaders(HttpServletResponse response, String frameAncestors) {
    policies(response, frameAncestors);
  }

  private static void policies(HttpServletResponse response, String frameAncestors) {
    response.setHeader("Content-Security-Policy", ENFORCED_POLICY + frameAncestors);
  }

  /**
   * What makes a response readable by other sites' pages, for the fragments as for the API: any
   * origin, no credentials, and the headers a widget reads.
   */
  public static final Map<String, String> CROSS_ORIGIN =
      Map.of(
          "Access-Control-Allow-Origin", "*",
          "Access-Control-Expose-Headers", "ETag, Link, X-Total-Count, Retry-After",
          "Cross-Origin-Resource-Policy", "cross-origin");

  /** For what other sites fetch from the browser: readable from any origin, no credentials. */
  public static void crossOriginHeaders(HttpServletResponse response) {
    CROSS_ORIGIN.forEach(response::setHeader);
  }

  private static void write(HttpServletRequest request, HttpServletResponse response, byte[] body)
      throws IOException {
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }
}
