package org.signpost.core.topic.workflow;

import java.util.ArrayList;
import java.util.List;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.topic.Topic;
import org.signpost.core.topic.TopicDraft;
import org.signpost.core.validation.Refusal;

/** Writes what curators wrote into a topic itself: its details, sections and resources. */
final class TopicContent {

  private final ResourceRepository resources;

  TopicContent(ResourceRepository resources) {
    this.resources = resources;
  }

  void write(Topic topic, TopicDraft draft) {
    topic.describe(draft.details());
    topic.replaceSections(draft.sections());
    topic.replaceResources(requireResources(draft));
  }

  /**
   * The draft's resources, each of which must exist.
   *
   * @throws IllegalArgumentException naming one that does not
   */
  List<Resource> requireResources(TopicDraft draft) {
    List<Resource> attached = new ArrayList<>();
    for (String resource : draft.resources()) {
      attached.add(
          resources
              .findBySlug(resource)
              .orElseThrow(() -> new Refusal("topic.no-such-resource-to-attach", resource)));
    }
    return attached;
  }
}
