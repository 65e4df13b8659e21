package org.signpost.widgets.http;

import java.util.Map;
import org.signpost.core.publication.CachePolicy;
import org.signpost.core.publication.EntityTags;

/**
 * The one caching rule of the public side, for the pages, embeds and fragments as for the API: what
 * was found carries its entity tag and may be kept by any cache; a reader who already holds that
 * tag gets a 304 without a body; an error is never stored.
 *
 * @param status the status to send: the response's own, or 304
 * @param headers the caching headers to set
 */
public record PublicCaching(int status, Map<String, String> headers) {

  public static final int OK = 200;
  public static final int NOT_MODIFIED = 304;

  private static final Map<String, String> NOT_STORED =
      Map.of("Cache-Control", CachePolicy.NO_STORE);

  /**
   * How to answer a response of {@code status}, tagged {@code tag} when it was found, to a reader
   * whose {@code If-None-Match} is {@code ifNoneMatch} (null when they sent none).
   */
  public static PublicCaching of(int status, String tag, String ifNoneMatch) {
    if (status != OK || tag == null) {
      return new PublicCaching(status, status >= 400 ? NOT_STORED : Map.of());
    }
    return new PublicCaching(
        EntityTags.matches(ifNoneMatch, tag) ? NOT_MODIFIED : status,
        Map.of("ETag", tag, "Cache-Control", CachePolicy.PUBLIC));
  }

  /** Whether the reader already holds what would be sent, so that no body is. */
  public boolean readerHoldsIt() {
    return status == NOT_MODIFIED;
  }
}
