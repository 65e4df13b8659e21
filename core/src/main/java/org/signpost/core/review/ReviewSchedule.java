package org.signpost.core.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.signpost.core.topic.TopicRepository;
import org.signpost.core.topic.TopicSummary;

/** Which published topics are due for review: overdue ones and those due soon. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewSchedule {

  @Inject TopicRepository topics;

  protected ReviewSchedule() {}

  public ReviewSchedule(TopicRepository topics) {
    this.topics = topics;
  }

  /** Published topics due for review on or before the date, the most overdue first. */
  public List<TopicSummary> dueBy(@NotNull LocalDate date) {
    return topics.findReviewDueBy(date).stream().map(TopicSummary::of).toList();
  }
}
