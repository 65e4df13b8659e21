package org.signpost.widgets.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.signpost.core.content.Slugs;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.resource.ResourceCatalogue;
import org.signpost.core.resource.ResourceQuery;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;
import org.signpost.widgets.http.InvalidParameterException;
import org.signpost.widgets.http.PublicParameters;
import org.signpost.widgets.render.RenderedCache;

/**
 * The resource catalogue: filter by topic, key stage, audience, type and free text, a page at a
 * time, with the total in the body and {@code Link} headers to the neighbouring pages.
 */
@ApplicationScoped
@Path("v1/resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {

  @Inject ResourceCatalogue catalogue;
  @Inject RenderedCache cache;

  @Context UriInfo uri;

  @GET
  public Response search(
      @QueryParam("topic") String topic,
      @QueryParam("key-stage") String keyStage,
      @QueryParam("audience") String audience,
      @QueryParam("type") String type,
      @QueryParam("q") String text,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    if (topic != null && !topic.isBlank() && !Slugs.isValid(topic)) {
      throw new InvalidParameterException(
          "topic", "\"" + topic + "\" is not a topic slug", List.of());
    }
    ResourceQuery query =
        new ResourceQuery(
            topic,
            PublicParameters.term("key-stage", keyStage, KeyStage::parse),
            PublicParameters.term("audience", audience, Audience::parse),
            PublicParameters.term("type", type, ResourceType::parse),
            PublicParameters.text("q", text, ResourceQuery.MAX_TEXT));
    PageRequest request = PublicParameters.page(page, size);
    ResourceListing listing =
        cache.value(
            "api|resources|" + query + "|" + request,
            ResourceListing.class,
            tag -> ResourceListing.of(catalogue.search(query, request)),
            kept -> true,
            ResourceListing::approximateBytes);
    return Response.ok(listing)
        .header("X-Total-Count", listing.total())
        .links(links(listing))
        .build();
  }

  private Link[] links(ResourceListing listing) {
    List<Link> links = new ArrayList<>();
    links.add(link(1, "first"));
    if (listing.page() > 1) {
      links.add(link(Math.min(listing.page() - 1, listing.pages()), "prev"));
    }
    if (listing.page() < listing.pages()) {
      links.add(link(listing.page() + 1, "next"));
    }
    links.add(link(listing.pages(), "last"));
    return links.toArray(Link[]::new);
  }

  private Link link(int page, String relation) {
    UriBuilder target = uri.getRequestUriBuilder().replaceQueryParam("page", page);
    return Link.fromUriBuilder(target).rel(relation).build();
  }
}
