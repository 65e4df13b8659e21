package org.signpost.widgets.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.signpost.widgets.http.Problem;

/**
 * Every other HTTP error the runtime raises (405, 406, 415 and so on) as a problem body, keeping
 * headers such as {@code Allow} that the runtime set.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    Response.StatusType status = original.getStatusInfo();
    String detail =
        e.getMessage() == null || e.getMessage().startsWith("HTTP ")
            ? status.getReasonPhrase()
            : e.getMessage();
    Problem problem =
        Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail, uri.getRequestUri());
    Response.ResponseBuilder response =
        Response.status(status.getStatusCode()).type(Problem.MEDIA).entity(problem);
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> response.header(name, value));
              }
            });
    return response.build();
  }
}
