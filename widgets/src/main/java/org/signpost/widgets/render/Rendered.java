package org.signpost.widgets.render;

import java.nio.charset.StandardCharsets;

/**
 * Rendered bytes ready to send, with the content revision they were made at and their tag.
 *
 * @param status 200 for what was found; a rendered error page carries its own status and is neither
 *     cached nor tagged
 */
public record Rendered(byte[] body, String contentType, String tag, long revision, int status) {

  public static Rendered text(String text, String contentType, String tag, long revision) {
    return new Rendered(text.getBytes(StandardCharsets.UTF_8), contentType, tag, revision, 200);
  }

  /** The same bytes as an error page with this status. */
  public Rendered withStatus(int errorStatus) {
    return new Rendered(body, contentType, null, revision, errorStatus);
  }

  public boolean found() {
    return status == 200;
  }
}
