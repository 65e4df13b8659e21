package org.signpost.widgets.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * An error as RFC 9457 problem details: what kind of problem, for people in short and at length,
 * and which request it concerns.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

  static Problem of(Response.Status status, String detail, URI instance) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, path(instance));
  }

  static Problem of(int status, String title, String detail, URI instance) {
    return new Problem("about:blank", title, status, detail, path(instance));
  }

  Response toResponse() {
    return Response.status(status).type(MEDIA).entity(this).build();
  }

  private static String path(URI instance) {
    return instance == null ? null : instance.getRawPath();
  }
}
