package org.signpost.core.curation;

/**
 * How helpful readers found a topic, by its title; or, with no slug, the answers from pages that
 * show no topic (a school's page with only the feedback widget, for one).
 *
 * @param answers how many answered
 * @param helpful how many of them said yes
 */
public record TopicHelpfulness(String slug, String title, long answers, long helpful) {

  /** The share that said yes, from 0 to 1; 0 when nobody answered. */
  public double helpfulShare() {
    return answers == 0 ? 0 : (double) helpful / answers;
  }
}
