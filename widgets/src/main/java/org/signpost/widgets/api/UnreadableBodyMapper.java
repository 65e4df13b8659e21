package org.signpost.widgets.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.signpost.widgets.http.Problem;

/** A body that is not the JSON the operation takes: 400, not a server error. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ProcessingException e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof JsonbException)) {
      cause = cause.getCause();
    }
    return Problem.badParameter(
            "body",
            "The request body is not the JSON object this operation takes.",
            List.of(),
            uri.getRequestUri())
        .toResponse();
  }
}
