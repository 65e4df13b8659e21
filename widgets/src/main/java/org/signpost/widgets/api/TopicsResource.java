package org.signpost.widgets.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.signpost.core.topic.TopicCatalogue;
import org.signpost.core.topic.TopicSummary;
import org.signpost.core.topic.TopicView;

/** Published topics: the list, and one topic whole with its sections and resources. */
@Path("v1/topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicsResource {

  @Inject TopicCatalogue catalogue;

  @GET
  public List<TopicSummary> list() {
    return catalogue.publishedTopics();
  }

  @GET
  @Path("{slug}")
  public TopicView topic(@PathParam("slug") String slug) {
    return catalogue
        .publishedTopic(slug)
        .orElseThrow(() -> new NotFoundException("There is no published topic \"" + slug + "\"."));
  }
}
