package org.signpost.core.topic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.signpost.core.taxonomy.KeyStage;

/** Where topics are kept. */
public interface TopicRepository {

  Optional<Topic> findBySlug(String slug);

  /** Topics in one workflow status, by title. */
  List<Topic> findByStatus(TopicStatus status);

  /** Published topics with at least one resource in use that suits the key stage, by title. */
  List<Topic> findPublishedFor(KeyStage keyStage);

  /** Every topic, by title. */
  List<Topic> findAll();

  /** Published topics whose next review is due on or before the date, the most overdue first. */
  List<Topic> findReviewDueBy(LocalDate date);

  /** Topics the resource is attached to, by title. */
  List<Topic> findHolding(String resourceSlug);

  /** Published topics whose changes wait for approval, by title. */
  List<Topic> findHoldingChanges();

  /** Stores a new topic, or returns the managed one for a known topic. */
  Topic store(Topic topic);
}
