package org.signpost.widgets.pages;

import static org.signpost.core.markup.Templates.params;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.signpost.core.address.SiteAddress;
import org.signpost.core.content.Slugs;
import org.signpost.core.markup.Templates;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.UnknownTermException;
import org.signpost.core.topic.PublishedTopics;
import org.signpost.core.topic.TopicView;
import org.signpost.widgets.http.PublicParameters;
import org.signpost.widgets.http.PublicResponse;
import org.signpost.widgets.http.PublicSite;
import org.signpost.widgets.render.FeedbackPrompt;
import org.signpost.widgets.render.PageFrame;
import org.signpost.widgets.render.Rendered;
import org.signpost.widgets.render.RenderedCache;
import org.signpost.widgets.render.TopicModel;

/** {@code /topics}, the index with its key-stage filter, and {@code /topics/{slug}}. */
@WebServlet(urlPatterns = {"/topics", "/topics/*"})
public class TopicPagesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String HTML = "text/html;charset=UTF-8";

  @Inject transient PublishedTopics catalogue;
  @Inject transient Templates templates;
  @Inject transient RenderedCache cache;
  @Inject transient PublicSite site;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PublicResponse.pageHeaders(response);
    String base = site.address(request).base();
    String slug = PublicParameters.tail(request.getPathInfo());
    Optional<KeyStage> keyStage;
    try {
      keyStage = PublicParameters.term(request.getParameter("key-stage"), KeyStage::parse);
    } catch (UnknownTermException e) {
      String choices = String.join(", ", e.accepted());
      PublicResponse.send(
          request,
          response,
          notFound(base, "That key stage is not one we know. Choose one of: " + choices + ".")
              .withStatus(400));
      return;
    }
    Rendered page =
        slug.isEmpty()
            ? index(base, keyStage.orElse(null))
            : topic(
                base,
                request.getContextPath(),
                slug,
                keyStage.orElse(null),
                request.getParameter("feedback"));
    PublicResponse.send(request, response, page);
  }

  private Rendered index(String base, KeyStage keyStage) {
    String key = "page:index:" + base + ":" + (keyStage == null ? "" : keyStage.code());
    return cache.get(
        key,
        tag ->
            Rendered.text(
                templates.render(
                    "pages/topics.jte",
                    params(
                        "frame",
                        frame(base, "Professional Resources", null, null),
                        "topics",
                        catalogue.publishedTopics(keyStage),
                        "keyStage",
                        keyStage)),
                HTML,
                tag,
                cache.currentRevision()));
  }

  private Rendered topic(
      String base, String contextPath, String slug, KeyStage keyStage, String feedback) {
    if (!Slugs.isValid(slug)) {
      return notFound(base, "There is no page at this address.");
    }
    String outcome = PublicParameters.oneOf(feedback, "", "thanks", "choose", "invalid");
    String key =
        "page:topic:"
            + base
            + ":"
            + slug
            + ":"
            + (keyStage == null ? "" : keyStage.code())
            + ":"
            + outcome;
    return cache.get(
        key,
        tag -> {
          Optional<TopicView> topic = catalogue.publishedTopic(slug);
          if (topic.isEmpty()) {
            return notFound(base, "There is no published topic at this address.");
          }
          String path = "/topics/" + slug;
          SiteAddress address = new SiteAddress(base);
          String canonical = address.topic(slug);
          PageFrame frame = frame(base, topic.get().title(), canonical, address.oembed(canonical));
          FeedbackPrompt prompt = FeedbackPrompt.of(slug, path, contextPath + path, outcome, base);
          return Rendered.text(
              templates.render(
                  "pages/topic.jte",
                  params(
                      "frame",
                      frame,
                      "model",
                      TopicModel.of(topic.get(), keyStage, site.quickExitAddress()),
                      "prompt",
                      prompt)),
              HTML,
              tag,
              cache.currentRevision());
        });
  }

  private Rendered notFound(String base, String message) {
    return Rendered.text(
            templates.render(
                "pages/notFound.jte",
                params("frame", frame(base, "Page not found", null, null), "message", message)),
            HTML,
            null,
            cache.currentRevision())
        .withStatus(404);
  }

  private PageFrame frame(String base, String title, String canonical, String oembed) {
    return site.frame(base, title, canonical, oembed);
  }
}
