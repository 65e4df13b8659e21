package org.signpost.widgets.widget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.signpost.widgets.render.FeedbackPrompt;
import org.signpost.widgets.render.WidgetViews;

/** The fragment of a widget request, with a title for it, or nothing when there is nothing. */
@ApplicationScoped
public class WidgetRenderings {

  @Inject WidgetViews views;

  /**
   * The widget as an HTML fragment.
   *
   * @param baseUrl this site's address, for the feedback form's action
   * @param returnTo where the no-script feedback form comes back to
   * @param outcome the feedback outcome to show, if any
   */
  public Optional<Fragment> render(
      WidgetRequest widget, String baseUrl, String returnTo, String outcome) {
    return switch (widget.kind()) {
      case TOPIC ->
          views
              .topic(widget.slug(), widget.keyStage(), baseUrl)
              .map(html -> new Fragment(views.topicTitle(widget.slug()).orElse("Topic"), html));
      case RESOURCES ->
          Optional.of(
              new Fragment(
                  "Resources", views.resources(widget.resourceQuery(), widget.limit(), baseUrl)));
      case FEEDBACK ->
          Optional.of(
              new Fragment(
                  "Was this page helpful?",
                  views.feedback(
                      FeedbackPrompt.of(
                          widget.slug(), widget.page(), returnTo, outcome, baseUrl))));
    };
  }

  /** A fragment and a title for the document or element around it. */
  public record Fragment(String title, String html) {}
}
