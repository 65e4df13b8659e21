package org.signpost.widgets.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.signpost.widgets.http.InvalidParameterException;
import org.signpost.widgets.http.Problem;

/** A bad parameter: 400 with a problem body that names it and what it accepts. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(InvalidParameterException e) {
    return Problem.badParameter(e.field(), e.getMessage(), e.accepted(), uri.getRequestUri())
        .toResponse();
  }
}
