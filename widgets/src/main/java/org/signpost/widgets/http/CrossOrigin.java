package org.signpost.widgets.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Any site may read the API from the browser, without credentials: the content is public and
 * nothing depends on who asks. Preflights are answered for the methods and headers the widgets use,
 * and kept for a day.
 */
@Provider
public class CrossOrigin implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    PublicResponse.CROSS_ORIGIN.forEach(headers::putSingle);
    if (request.getMethod().equals("OPTIONS")) {
      headers.putSingle("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
      headers.putSingle(
          "Access-Control-Allow-Headers", "Content-Type, If-None-Match, Idempotency-Key");
      headers.putSingle("Access-Control-Max-Age", "86400");
    }
  }
}
