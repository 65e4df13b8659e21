package org.signpost.widgets.render;

import static org.signpost.core.markup.Templates.params;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.signpost.core.address.SiteAddress;
import org.signpost.core.markup.Templates;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.publication.SiteSettings;
import org.signpost.core.resource.ResourceCatalogue;
import org.signpost.core.resource.ResourceQuery;
import org.signpost.core.resource.ResourceView;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.topic.PublishedTopics;
import org.signpost.core.topic.TopicView;

/**
 * The three widgets as HTML fragments: a topic, a list of resources, and the feedback prompt. The
 * script widgets put them in a shadow root; the iframe embeds put them in a document of their own.
 */
@ApplicationScoped
public class WidgetViews {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 50;

  @Inject PublishedTopics topics;
  @Inject ResourceCatalogue resources;
  @Inject Templates templates;
  @Inject @ConfigProperties SiteSettings settings;

  /**
   * The published topic, or empty when there is none by that slug; links lead to {@code base}, this
   * site's address, since the fragment sits in another site's page.
   */
  public Optional<String> topic(String slug, KeyStage keyStage, String base) {
    Optional<TopicView> topic = topics.publishedTopic(slug);
    return topic.map(
        view ->
            templates.render(
                "fragments/topic.jte",
                params(
                    "model",
                    TopicModel.of(view, keyStage, settings.quickExitAddress()),
                    "base",
                    base)));
  }

  /** A title for a topic's fragment or embed, when it is published. */
  public Optional<String> topicTitle(String slug) {
    return topics.publishedTopic(slug).map(TopicView::title);
  }

  /** Resources that match the query, at most {@code limit}, with a heading that says which. */
  public String resources(ResourceQuery query, int limit, String base) {
    var page = resources.search(query, new PageRequest(0, limit));
    Optional<TopicView> topic =
        query.topic() == null ? Optional.empty() : topics.publishedTopic(query.topic());
    String topicTitle = topic.map(TopicView::title).orElse(null);
    String moreLink = topicTitle == null ? null : new SiteAddress(base).topic(query.topic());
    String exitAddress =
        topic.filter(TopicView::quickExit).map(t -> settings.quickExitAddress()).orElse(null);
    return templates.render(
        "fragments/resources.jte",
        params(
            "model",
            new ResourcesModel(
                heading(topicTitle, query.keyStage()),
                page.items().stream().map(ResourceView.class::cast).toList(),
                moreLink,
                exitAddress)));
  }

  public String feedback(FeedbackPrompt prompt) {
    return templates.render("fragments/feedback.jte", params("prompt", prompt));
  }

  private static String heading(String topicTitle, KeyStage keyStage) {
    StringBuilder heading = new StringBuilder("Resources");
    if (topicTitle != null) {
      heading.append(" on ").append(topicTitle);
    }
    if (keyStage != null) {
      heading.append(" for ").append(keyStage.label());
    }
    return heading.toString();
  }
}
