package org.signpost.widgets.feedback;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.signpost.widgets.http.Problem;

/** 429 with {@code Retry-After} and a problem body. */
@Provider
public class TooManySubmissionsMapper implements ExceptionMapper<TooManySubmissionsException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(TooManySubmissionsException e) {
    Problem problem =
        Problem.of(Response.Status.TOO_MANY_REQUESTS, e.getMessage(), uri.getRequestUri());
    return Response.status(Response.Status.TOO_MANY_REQUESTS)
        .type(Problem.MEDIA)
        .entity(problem)
        .header("Retry-After", e.retryAfter())
        .build();
  }
}
