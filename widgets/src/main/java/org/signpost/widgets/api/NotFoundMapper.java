package org.signpost.widgets.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.signpost.widgets.http.Problem;

/** An unknown address or an unknown or unpublished slug: 404 with a problem body. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(NotFoundException e) {
    String detail =
        e.getMessage() != null && !e.getMessage().startsWith("HTTP 404")
            ? e.getMessage()
            : "There is nothing at this address.";
    return Problem.of(Response.Status.NOT_FOUND, detail, uri.getRequestUri()).toResponse();
  }
}
