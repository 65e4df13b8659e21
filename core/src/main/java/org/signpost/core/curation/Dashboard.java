package org.signpost.core.curation;

import java.util.List;
import java.util.Map;
import org.signpost.core.content.revision.RevisionEntry;
import org.signpost.core.resource.LinkStatus;
import org.signpost.core.topic.TopicChoice;
import org.signpost.core.topic.TopicStatus;
import org.signpost.core.topic.TopicSummary;

/**
 * What curators see first: content by status, what awaits a second person, where the next review
 * should go and why, reviews overdue and due soon, how helpful readers find each topic, the health
 * of the links, and the latest changes.
 *
 * @param awaitingReview topics submitted for review, by title
 * @param awaitingApproval published topics whose changes wait for a second person, by title
 * @param reviewPriority published topics in the order to review them (see {@link ReviewPriority})
 * @param helpfulness per topic over the last {@link DashboardService#FEEDBACK_DAYS} days, most
 *     answered first; answers from pages with no topic last, as one entry with no slug
 * @param leastHelpful topics with answers, the lowest share of yes answers first
 */
public record Dashboard(
    Map<TopicStatus, Long> topicsByStatus,
    List<TopicChoice> awaitingReview,
    List<TopicChoice> awaitingApproval,
    List<ReviewPriority> reviewPriority,
    List<TopicSummary> overdue,
    List<TopicSummary> dueSoon,
    List<TopicHelpfulness> helpfulness,
    List<TopicHelpfulness> leastHelpful,
    Map<LinkStatus, Long> linksByStatus,
    List<RevisionEntry> recentChanges) {}
