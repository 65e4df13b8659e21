package org.signpost.widgets.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.signpost.core.persistence.DatabaseUnreachableException;
import org.signpost.widgets.http.DatabaseAway;
import org.signpost.widgets.http.Problem;

/**
 * A database that cannot be reached: 503 with {@code Retry-After} and a problem body, at once, so
 * that the widget keeps what the reader wrote and offers to send it again.
 */
@Provider
public class DatabaseUnreachableMapper implements ExceptionMapper<DatabaseUnreachableException> {

  private static final Logger LOG = Logger.getLogger(DatabaseUnreachableMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(DatabaseUnreachableException e) {
    return tryAgain(e, uri);
  }

  static Response tryAgain(RuntimeException e, UriInfo uri) {
    LOG.warning(() -> "The database cannot be reached: " + e.getCause());
    return DatabaseAway.response()
        .type(Problem.MEDIA)
        .entity(
            Problem.of(
                Response.Status.SERVICE_UNAVAILABLE,
                "Signpost cannot store this just now. Nothing was kept; please try again in a"
                    + " minute.",
                uri.getRequestUri()))
        .build();
  }
}
