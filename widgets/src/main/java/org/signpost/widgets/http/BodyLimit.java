package org.signpost.widgets.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No request body over {@value #MAX_BYTES} bytes is read: a declared length over it is refused at
 * once, and an undeclared one is cut off when it passes it. Either way the answer is 413.
 */
@Provider
public class BodyLimit implements ContainerRequestFilter {

  /** Feedback is the largest body the API takes: a comment of 1,000 characters and a few fields. */
  public static final int MAX_BYTES = 16 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      throw tooLarge();
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Bounded(request.getEntityStream()));
    }
  }

  private static WebApplicationException tooLarge() {
    return new WebApplicationException(
        "A request body may have at most " + MAX_BYTES + " bytes.",
        Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }

  /** Counts what is read and stops at the limit. */
  private static final class Bounded extends FilterInputStream {
    private long read;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw tooLarge();
      }
    }
  }
}
