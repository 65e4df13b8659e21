package org.signpost.widgets.http;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An error as RFC 9457 problem details: what kind of problem, for people in short and at length,
 * and which request it concerns; for a bad parameter also which one and what it accepts.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param field the query parameter or body field at fault, if one is
 * @param accepted the values that field accepts, when they are few enough to list
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "field", "accepted"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String field,
    List<String> accepted) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

  public static Problem of(Response.Status status, String detail, URI instance) {
    return of(status.getStatusCode(), status.getReasonPhrase(), detail, instance);
  }

  public static Problem of(int status, String title, String detail, URI instance) {
    return new Problem("about:blank", title, status, detail, path(instance), null, null);
  }

  /** A 400 for one parameter, naming it and what it accepts. */
  public static Problem badParameter(
      String field, String detail, List<String> accepted, URI instance) {
    return new Problem(
        "about:blank",
        Response.Status.BAD_REQUEST.getReasonPhrase(),
        400,
        detail,
        path(instance),
        field,
        accepted == null || accepted.isEmpty() ? null : List.copyOf(accepted));
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA).entity(this).build();
  }

  private static String path(URI instance) {
    return instance == null ? null : instance.getRawPath();
  }
}
