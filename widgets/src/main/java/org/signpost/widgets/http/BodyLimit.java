package org.signpost.widgets.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * No request body over {@value #MAX_BYTES} bytes is read: a declared length over it is refused at
 * once, and an undeclared one is cut off when it passes it. Either way the answer is 413. Nor is a
 * body read for longer than {@value #MAX_SECONDS} seconds: one sent a byte at a time is cut off
 * then with 408, so that it holds a request thread no longer (the listener ends any single wait for
 * the next bytes sooner still).
 */
@Provider
public class BodyLimit implements ContainerRequestFilter {

  /** Feedback is the largest body the API takes: a comment of 1,000 characters and a few fields. */
  public static final int MAX_BYTES = 16 * 1024;

  /** A body that small arrives in well under a second; ten allow for a very slow connection. */
  public static final int MAX_SECONDS = 10;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      throw tooLarge();
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Bounded(request.getEntityStream()));
    }
  }

  private static WebApplicationException tooSlow() {
    return new WebApplicationException(
        "A request body must arrive within " + MAX_SECONDS + " seconds.",
        Response.Status.REQUEST_TIMEOUT);
  }

  private static WebApplicationException tooLarge() {
    return new WebApplicationException(
        "A request body may have at most " + MAX_BYTES + " bytes.",
        Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }

  /** Counts what is read and stops at the limit, or once the time is up. */
  private static final class Bounded extends FilterInputStream {
    private final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_SECONDS);
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
      if (System.nanoTime() - deadline > 0) {
        throw tooSlow();
      }
    }
  }
}
