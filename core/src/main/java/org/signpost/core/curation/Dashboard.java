package org.signpost.core.curation;

import java.util.List;
import java.util.Map;
import org.signpost.core.content.revision.RevisionEntry;
import org.signpost.core.feedback.FeedbackSummary;
import org.signpost.core.resource.LinkStatus;
import org.signpost.core.topic.TopicStatus;
import org.signpost.core.topic.TopicSummary;

/**
 * What curators see first: content by status, reviews overdue and due soon, how helpful readers
 * find each topic, the health of the links, and the latest changes.
 *
 * @param helpfulness per topic over the last {@link DashboardService#FEEDBACK_DAYS} days, most
 *     answered first
 * @param leastHelpful topics with answers, the lowest share of yes answers first
 */
public record Dashboard(
    Map<TopicStatus, Long> topicsByStatus,
    List<TopicSummary> overdue,
    List<TopicSummary> dueSoon,
    List<FeedbackSummary> helpfulness,
    List<FeedbackSummary> leastHelpful,
    Map<LinkStatus, Long> linksByStatus,
    List<RevisionEntry> recentChanges) {}
