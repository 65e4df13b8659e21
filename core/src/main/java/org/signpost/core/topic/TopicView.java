package org.signpost.core.topic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.ResourceView;
import org.signpost.core.taxonomy.KeyStage;

/**
 * A whole topic as readers see it: introduction, sections in order, and the resources that are not
 * archived, in the order curators attached them.
 *
 * @param introduction sanitised HTML
 */
public record TopicView(
    String slug,
    String title,
    String summary,
    String introduction,
    String audience,
    String status,
    String owner,
    boolean quickExit,
    LocalDate lastReviewed,
    LocalDate nextReviewDue,
    Instant updatedAt,
    List<SectionView> sections,
    List<ResourceView> resources) {

  public static TopicView of(Topic topic) {
    return new TopicView(
        topic.slug(),
        topic.title(),
        topic.summary(),
        topic.introduction(),
        topic.audience().code(),
        topic.status().code(),
        topic.owner(),
        topic.quickExit(),
        topic.lastReviewed(),
        topic.nextReviewDue(),
        topic.updatedAt(),
        topic.sections().stream().map(SectionView::of).toList(),
        topic.resources().stream().filter(Resource::isPublic).map(ResourceView::of).toList());
  }

  /** The key stages its resources suit, youngest first: the choices a key-stage filter offers. */
  public List<KeyStage> keyStagesCovered() {
    return Arrays.stream(KeyStage.values())
        .filter(stage -> resources.stream().anyMatch(r -> r.keyStages().contains(stage.code())))
        .toList();
  }
}
