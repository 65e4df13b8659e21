package org.signpost.widgets.render;

import java.time.LocalDate;
import java.util.List;
import org.signpost.core.markup.PeopleDates;
import org.signpost.core.publication.ResourceGroup;
import org.signpost.core.publication.ResourceGrouping;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.topic.TopicView;

/**
 * A topic as the templates show it: with its resources grouped by key stage and provider, or only
 * those of one key stage.
 *
 * @param exitAddress where "Exit this page" leads, when the topic offers a quick exit; else null
 */
public record TopicModel(
    TopicView topic, KeyStage keyStage, List<ResourceGroup> groups, String exitAddress) {

  /**
   * The topic with the resources for {@code keyStage} (or all), and a quick exit to {@code
   * neutralSite} when the topic offers one.
   */
  public static TopicModel of(TopicView topic, KeyStage keyStage, String neutralSite) {
    return new TopicModel(
        topic,
        keyStage,
        ResourceGrouping.group(topic.resources(), keyStage),
        topic.quickExit() ? neutralSite : null);
  }

  /** A date as people in the UK write it, such as {@code 12 June 2025}. */
  public String longDate(LocalDate date) {
    return PeopleDates.date(date);
  }
}
