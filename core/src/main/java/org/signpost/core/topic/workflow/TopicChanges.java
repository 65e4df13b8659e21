package org.signpost.core.topic.workflow;

import org.signpost.core.content.review.ReviewedChanges;
import org.signpost.core.content.revision.ChangeRecorder;
import org.signpost.core.topic.Topic;
import org.signpost.core.topic.TopicDraft;
import org.signpost.core.topic.TopicRepository;
import org.signpost.core.validation.Refusal;

/** The review mechanism's writing and recording of changes, for topics. */
final class TopicChanges extends ReviewedChanges<Topic, TopicDraft> {

  private final TopicRepository topics;
  private final TopicContent content;

  TopicChanges(
      ChangeRecorder changes, HeldChanges held, TopicRepository topics, TopicContent content) {
    super(changes, held);
    this.topics = topics;
    this.content = content;
  }

  /**
   * The topic at this address.
   *
   * @throws org.signpost.core.validation.Refusal when there is none
   */
  Topic find(String slug) {
    return topics.findBySlug(slug).orElseThrow(() -> new Refusal("topic.no-such-topic", slug));
  }

  @Override
  protected Topic store(Topic topic) {
    return topics.store(topic);
  }

  @Override
  protected void writeIn(Topic topic, TopicDraft draft) {
    content.write(topic, draft);
  }

  @Override
  protected String described(Topic topic) {
    return "the topic \"" + topic.title() + "\"";
  }
}
