package org.signpost.core.pack;

import java.time.LocalDate;
import java.util.List;
import org.signpost.core.content.SafeHtml;
import org.signpost.core.resource.Resource;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.topic.SectionContent;
import org.signpost.core.topic.Topic;
import org.signpost.core.topic.TopicDetails;
import org.signpost.core.topic.TopicDraft;
import org.signpost.core.topic.TopicStatus;

/**
 * A topic in a content pack, with its sections and the slugs of its resources in order. HTML is
 * sanitised on the way in, so that an entry holds exactly what Signpost would store.
 */
public record TopicEntry(
    String slug,
    String title,
    String summary,
    String introduction,
    Audience audience,
    String owner,
    boolean quickExit,
    TopicStatus status,
    LocalDate lastReviewed,
    LocalDate nextReviewDue,
    List<SectionContent> sections,
    List<String> resources) {

  public TopicEntry {
    introduction = SafeHtml.sanitise(introduction);
    sections =
        sections == null
            ? List.of()
            : sections.stream()
                .map(s -> new SectionContent(s.heading(), s.kind(), SafeHtml.sanitise(s.body())))
                .toList();
    resources = resources == null ? List.of() : List.copyOf(resources);
  }

  /** The topic as it stands, holding what a curator wrote in place of its content. */
  public static TopicEntry of(Topic topic, TopicDraft draft) {
    TopicDetails details = draft.details();
    return new TopicEntry(
        topic.slug(),
        details.title(),
        details.summary(),
        details.introduction(),
        details.audience(),
        details.owner(),
        details.quickExit(),
        topic.status(),
        topic.lastReviewed(),
        topic.nextReviewDue(),
        draft.sections(),
        draft.resources());
  }

  /** What the entry holds, as a curator would write it. */
  public TopicDraft draft() {
    return new TopicDraft(
        new TopicDetails(title, summary, introduction, audience, owner, quickExit),
        sections,
        resources);
  }

  public static TopicEntry of(Topic topic) {
    return new TopicEntry(
        topic.slug(),
        topic.title(),
        topic.summary(),
        topic.introduction(),
        topic.audience(),
        topic.owner(),
        topic.quickExit(),
        topic.status(),
        topic.lastReviewed(),
        topic.nextReviewDue(),
        topic.sections().stream().map(s -> s.content()).toList(),
        topic.resources().stream().map(Resource::slug).toList());
  }
}
