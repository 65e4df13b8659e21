package org.signpost.core.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The public reading of topics: only published topics are ever returned. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TopicCatalogue {

  @Inject TopicRepository topics;

  protected TopicCatalogue() {}

  public TopicCatalogue(TopicRepository topics) {
    this.topics = topics;
  }

  /** Published topics by title. */
  public List<TopicSummary> publishedTopics() {
    return topics.findByStatus(TopicStatus.PUBLISHED).stream().map(TopicSummary::of).toList();
  }

  /** The published topic with this slug; empty for an unknown slug and for any unpublished one. */
  public Optional<TopicView> publishedTopic(String slug) {
    return topics.findBySlug(slug).filter(Topic::isPublic).map(TopicView::of);
  }
}
