package org.signpost.widgets.http;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.signpost.core.persistence.DatabaseFaults;
import org.signpost.core.publication.CachePolicy;

/**
 * The one answer of the public side while the database cannot be reached, whoever meets it (a page,
 * an embed, a fragment, the API, a reader's feedback): 503, try again in {@value
 * DatabaseFaults#RETRY_AFTER_SECONDS} seconds, never stored, so that caches keep what they have.
 * Only the body differs, in the form the client reads: a page for readers, a problem for the API,
 * the reader's own answer handed back for feedback.
 */
public final class DatabaseAway {

  public static final int STATUS = 503;

  private static final Map<String, String> HEADERS =
      Map.of(
          "Retry-After",
          Integer.toString(DatabaseFaults.RETRY_AFTER_SECONDS),
          "Cache-Control",
          CachePolicy.NO_STORE);

  private DatabaseAway() {}

  /** The status and headers for the API's resources, for the caller to add the body. */
  public static Response.ResponseBuilder response() {
    Response.ResponseBuilder builder = Response.status(STATUS);
    HEADERS.forEach(builder::header);
    return builder;
  }

  /** The headers, for a servlet's response. */
  public static Map<String, String> headers() {
    return HEADERS;
  }
}
