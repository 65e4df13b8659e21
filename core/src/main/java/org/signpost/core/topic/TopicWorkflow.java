package org.signpost.core.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.signpost.core.content.pack.ContentPackWriter;
import org.signpost.core.content.pack.TopicEntry;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.content.revision.RevisionSubject;
import org.signpost.core.publication.ContentRevision;
import org.signpost.core.review.ReviewCycle;

/**
 * Moves topics through the workflow and saves their changes: each saved change keeps a revision,
 * and a change to what readers see moves the content revision in the same transaction, so every
 * widget shows it within seconds.
 */
@ApplicationScoped
@Transactional
public class TopicWorkflow {

  @Inject TopicRepository topics;
  @Inject ContentRevision contentRevision;
  @Inject RevisionLog revisions;

  Clock clock = Clock.systemUTC();
  private final ContentPackWriter snapshots = new ContentPackWriter();

  protected TopicWorkflow() {}

  public TopicWorkflow(
      TopicRepository topics, ContentRevision contentRevision, RevisionLog revisions, Clock clock) {
    this.topics = topics;
    this.contentRevision = contentRevision;
    this.revisions = revisions;
    this.clock = clock;
  }

  /** Rewrites a topic's details and sections; a published topic changes for readers at once. */
  public TopicView revise(
      @NotBlank String slug,
      @NotNull @Valid TopicDetails details,
      @NotNull List<@Valid SectionContent> sections,
      @NotBlank String author) {
    Topic topic = find(slug);
    topic.describe(details);
    topic.replaceSections(sections);
    return saved(topic, author, "Revised");
  }

  public TopicView submitForReview(@NotBlank String slug, @NotBlank String author) {
    Topic topic = find(slug);
    topic.submitForReview();
    return saved(topic, author, "Submitted for review");
  }

  /** Publishes a reviewed topic: reviewed today, next review after the default cycle. */
  public TopicView publish(@NotBlank String slug, @NotBlank String reviewer) {
    Topic topic = find(slug);
    topic.publish(LocalDate.now(clock), ReviewCycle.DEFAULT, clock.instant());
    return saved(topic, reviewer, "Published");
  }

  public TopicView withdraw(@NotBlank String slug, @NotBlank String author) {
    Topic topic = find(slug);
    boolean wasPublic = topic.isPublic();
    topic.withdraw();
    TopicView view = saved(topic, author, "Withdrawn from the public site");
    if (wasPublic) {
      contentRevision.advance();
    }
    return view;
  }

  private Topic find(String slug) {
    return topics
        .findBySlug(slug)
        .orElseThrow(() -> new NoSuchElementException("There is no topic \"" + slug + "\"."));
  }

  private TopicView saved(Topic topic, String author, String summary) {
    Topic stored = topics.store(topic);
    revisions.record(
        RevisionSubject.TOPIC,
        stored.slug(),
        author,
        summary,
        snapshots.toJson(TopicEntry.of(stored)));
    if (stored.isPublic()) {
      contentRevision.advance();
    }
    return TopicView.of(stored);
  }
}
