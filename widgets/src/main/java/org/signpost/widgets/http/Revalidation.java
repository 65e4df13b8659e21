package org.signpost.widgets.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.publication.EntityTags;

/**
 * Every successful GET of the API carries an entity tag keyed by the content revision and public
 * caching headers; a request whose {@code If-None-Match} names the current tag is answered 304
 * before any work is done. Errors are never stored.
 */
@Provider
@PreMatching
public class Revalidation implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String TAG = Revalidation.class.getName() + ".tag";

  @Inject ContentRevision revision;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!isRead(request.getMethod())) {
      return;
    }
    String tag = EntityTags.of(revision.current(), representation(request));
    request.setProperty(TAG, tag);
    PublicCaching caching =
        PublicCaching.of(PublicCaching.OK, tag, request.getHeaderString(HttpHeaders.IF_NONE_MATCH));
    if (caching.readerHoldsIt()) {
      Response.ResponseBuilder notModified = Response.notModified();
      caching.headers().forEach(notModified::header);
      request.abortWith(notModified.build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == PublicCaching.NOT_MODIFIED) {
      return;
    }
    PublicCaching.of(response.getStatus(), (String) request.getProperty(TAG), null)
        .headers()
        .forEach(response.getHeaders()::putSingle);
  }

  private static boolean isRead(String method) {
    return method.equals("GET") || method.equals("HEAD");
  }

  /** Path and query, plus what the client accepts, tell one representation from another. */
  private static String representation(ContainerRequestContext request) {
    return request.getUriInfo().getRequestUri().getRawPath()
        + "?"
        + request.getUriInfo().getRequestUri().getRawQuery()
        + "|"
        + request.getHeaderString(HttpHeaders.ACCEPT);
  }
}
