package org.signpost.widgets.pages;

import static org.signpost.core.markup.Templates.params;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.signpost.core.markup.Templates;
import org.signpost.core.publication.CachePolicy;
import org.signpost.core.publication.PreviewTokens;
import org.signpost.core.topic.PublishedTopics;
import org.signpost.core.topic.TopicView;
import org.signpost.widgets.http.PublicParameters;
import org.signpost.widgets.http.PublicResponse;
import org.signpost.widgets.http.PublicSite;
import org.signpost.widgets.render.TopicModel;

/**
 * {@code /preview/{token}}: a topic in any status, drawn by the public page's own template, for a
 * curator holding a signed link from the console. Never cached, never indexed; in place of the
 * feedback question it says that readers will be asked there, so no answer comes from a preview.
 */
@WebServlet("/preview/*")
public class PreviewServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PreviewTokens tokens;
  @Inject transient PublishedTopics catalogue;
  @Inject transient Templates templates;
  @Inject transient PublicSite site;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PublicResponse.pageHeaders(response);
    response.setHeader("Cache-Control", CachePolicy.NO_STORE);
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setContentType("text/html;charset=UTF-8");
    String base = site.address(request).base();
    Optional<TopicView> topic =
        tokens.verify(PublicParameters.tail(request.getPathInfo())).flatMap(catalogue::anyTopic);
    String html;
    if (topic.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      html =
          templates.render(
              "pages/notFound.jte",
              params(
                  "frame",
                  site.frame(base, "Preview not available", null, null),
                  "message",
                  "This preview link has expired or is not valid. Open the preview again from the"
                      + " console."));
    } else {
      html =
          templates.render(
              "pages/topic.jte",
              params(
                  "frame",
                  site.frame(base, "Preview: " + topic.get().title(), null, null),
                  "model",
                  TopicModel.of(topic.get(), null, site.quickExitAddress()),
                  "prompt",
                  null));
    }
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }
}
