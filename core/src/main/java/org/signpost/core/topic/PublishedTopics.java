package org.signpost.core.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.signpost.core.taxonomy.KeyStage;

/** The public reading of topics: only published topics are ever returned. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedTopics {

  @Inject TopicRepository topics;

  protected PublishedTopics() {}

  public PublishedTopics(TopicRepository topics) {
    this.topics = topics;
  }

  /** Published topics by title. */
  public List<TopicSummary> publishedTopics() {
    return topics.findByStatus(TopicStatus.PUBLISHED).stream().map(TopicSummary::of).toList();
  }

  /** Published topics with resources for the key stage, by title; all of them for none. */
  public List<TopicSummary> publishedTopics(KeyStage keyStage) {
    if (keyStage == null) {
      return publishedTopics();
    }
    return topics.findPublishedFor(keyStage).stream().map(TopicSummary::of).toList();
  }

  /** The published topic with this slug; empty for an unknown slug and for any unpublished one. */
  public Optional<TopicView> publishedTopic(String slug) {
    return topics.findBySlug(slug).filter(Topic::isPublic).map(TopicView::of);
  }

  /**
   * The topic whatever its status, as readers would see it once published: only for a preview that
   * a curator has been given a signed link to.
   */
  public Optional<TopicView> anyTopic(String slug) {
    return topics.findBySlug(slug).map(TopicView::of);
  }
}
