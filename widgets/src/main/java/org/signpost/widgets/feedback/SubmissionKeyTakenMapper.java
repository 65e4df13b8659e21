package org.signpost.widgets.feedback;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.signpost.core.feedback.SubmissionKeyTakenException;
import org.signpost.widgets.http.Problem;

/** 409 with a problem body: the key names another answer, and nothing changed. */
@Provider
public class SubmissionKeyTakenMapper implements ExceptionMapper<SubmissionKeyTakenException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(SubmissionKeyTakenException e) {
    return Problem.of(Response.Status.CONFLICT, e.getMessage(), uri.getRequestUri()).toResponse();
  }
}
