package org.signpost.core.topic.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.signpost.core.content.review.HeldDrafts;
import org.signpost.core.content.revision.ChangedLine;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.pack.ContentPackReader;
import org.signpost.core.pack.ContentPackWriter;
import org.signpost.core.pack.TopicEntry;
import org.signpost.core.topic.EditableTopic;
import org.signpost.core.topic.Topic;
import org.signpost.core.topic.TopicDraft;
import org.signpost.core.topic.TopicRepository;

/**
 * The changes to a published topic that wait for a second person's approval (the review mechanism's
 * {@link HeldDrafts}, for topics). Opens a topic for its editor with those changes and the
 * difference from what readers see, and finds the topics a resource is in as curators work on them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HeldChanges extends HeldDrafts<Topic, TopicDraft> {

  @Inject TopicRepository topics;

  private final ContentPackReader reader = new ContentPackReader();
  private final ContentPackWriter writer = new ContentPackWriter();

  protected HeldChanges() {}

  /** For use outside a container, in the caller's transaction. */
  public HeldChanges(RevisionLog revisions, TopicRepository topics) {
    super(revisions);
    this.topics = topics;
  }

  @Override
  protected RevisionSubject subject() {
    return RevisionSubject.TOPIC;
  }

  @Override
  protected TopicDraft read(String snapshot) {
    return reader.readTopic(snapshot, null).draft();
  }

  @Override
  protected TopicDraft stored(Topic topic) {
    return TopicDraft.of(topic);
  }

  /**
   * The slugs of the topics a resource is in as curators work on them: held changes count, so a
   * resource attached to a published topic shows there while the change waits for approval.
   */
  public List<String> topicsWith(String resource) {
    Set<String> with = new LinkedHashSet<>();
    topics.findHolding(resource).forEach(topic -> with.add(topic.slug()));
    for (Topic topic : topics.findHoldingChanges()) {
      if (working(topic).resources().contains(resource)) {
        with.add(topic.slug());
      } else {
        with.remove(topic.slug());
      }
    }
    return List.copyOf(with);
  }

  /** The topic with this content in place of its own, in content-pack JSON. */
  @Override
  public String snapshot(Topic topic, TopicDraft draft) {
    return writer.toJson(TopicEntry.of(topic, draft));
  }

  /**
   * The topic as its editor opens it: the changes held for it when it holds some, with each line of
   * what readers see against them.
   */
  public Optional<EditableTopic> editable(String slug) {
    return topics.findBySlug(slug).map(this::editable);
  }

  private EditableTopic editable(Topic topic) {
    Optional<TopicDraft> held = of(topic);
    if (held.isEmpty()) {
      return EditableTopic.of(topic);
    }
    List<ChangedLine> changes =
        revisions.compare(writer.toJson(TopicEntry.of(topic)), snapshot(topic, held.get()));
    return EditableTopic.of(topic, held.get(), changes);
  }
}
