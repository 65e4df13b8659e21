package org.signpost.widgets.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.signpost.core.persistence.DatabaseFaults;
import org.signpost.widgets.http.Problem;

/**
 * Anything unforeseen: logged with a reference, answered with a 500 problem that carries the
 * reference and nothing of the internals. A database that cannot be reached is foreseen: 503 with
 * {@code Retry-After}, so that the widget keeps what the reader wrote and offers to try again.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(RuntimeException e) {
    if (DatabaseFaults.isUnreachable(e)) {
      return DatabaseUnreachableMapper.tryAgain(e, uri);
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. Reference: " + reference,
            uri.getRequestUri())
        .toResponse();
  }
}
