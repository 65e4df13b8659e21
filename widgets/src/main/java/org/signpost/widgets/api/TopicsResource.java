package org.signpost.widgets.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.signpost.core.content.Slugs;
import org.signpost.core.topic.PublishedTopics;
import org.signpost.core.topic.TopicSummary;
import org.signpost.core.topic.TopicView;
import org.signpost.widgets.render.RenderedCache;

/** Published topics: the list, and one topic whole with its sections and resources. */
@ApplicationScoped
@Path("v1/topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicsResource {

  /** About what a kept answer occupies, for the render cache's bound (one slug per topic). */
  private static final int SUMMARY_BYTES = 512;

  private static final int TOPIC_BYTES = 64 * 1024;

  @Inject PublishedTopics catalogue;
  @Inject RenderedCache cache;

  @GET
  public List<TopicSummary> list() {
    return cache
        .value(
            "api|topics",
            TopicList.class,
            tag -> new TopicList(catalogue.publishedTopics()),
            kept -> true,
            kept -> kept.topics().size() * SUMMARY_BYTES)
        .topics();
  }

  @GET
  @Path("{slug}")
  public TopicView topic(@PathParam("slug") String slug) {
    if (!Slugs.isValid(slug)) {
      throw new NotFoundException("There is no published topic at this address.");
    }
    return cache
        .value(
            "api|topic|" + slug,
            PublishedTopic.class,
            tag -> new PublishedTopic(catalogue.publishedTopic(slug)),
            kept -> kept.topic().isPresent(),
            kept -> TOPIC_BYTES)
        .topic()
        .orElseThrow(() -> new NotFoundException("There is no published topic \"" + slug + "\"."));
  }

  /** The kept answer of the list. */
  record TopicList(List<TopicSummary> topics) {}

  /** The kept answer for one slug; an unpublished one is not kept. */
  record PublishedTopic(Optional<TopicView> topic) {}
}
