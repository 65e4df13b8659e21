package org.signpost.widgets.widget;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.CRC32;
import org.signpost.core.publication.EntityTags;

/**
 * The loader script, the stylesheet, the embeds' height script and its host-page partner, from
 * memory, readable from any origin. They change only with a new release, so a short freshness with
 * revalidation suffices.
 */
@WebServlet({
  "/widgets/v1/signpost.js",
  "/widgets/v1/signpost.css",
  "/widgets/v1/embed.js",
  "/widgets/v1/embed-host.js",
  "/widgets/v1/quick-exit.js"
})
public class WidgetAssetsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

  private static final Map<String, Asset> ASSETS =
      Map.of(
          "/widgets/v1/signpost.js", Asset.load("signpost.js", "text/javascript;charset=UTF-8"),
          "/widgets/v1/signpost.css", Asset.load("signpost.css", "text/css;charset=UTF-8"),
          "/widgets/v1/embed.js", Asset.load("embed.js", "text/javascript;charset=UTF-8"),
          "/widgets/v1/embed-host.js", Asset.load("embed-host.js", "text/javascript;charset=UTF-8"),
          "/widgets/v1/quick-exit.js",
              Asset.load("quick-exit.js", "text/javascript;charset=UTF-8"));

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Asset asset = ASSETS.get(request.getServletPath());
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Type", asset.contentType());
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.setHeader("ETag", asset.tag());
    if (EntityTags.matches(request.getHeader("If-None-Match"), asset.tag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentLength(asset.body().length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(asset.body());
    }
  }

  /** One file of {@code org/signpost/widgets/widget/assets}, with a tag of its bytes. */
  record Asset(byte[] body, String contentType, String tag) {

    static Asset load(String name, String contentType) {
      try (InputStream in = WidgetAssetsServlet.class.getResourceAsStream("assets/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing widget asset " + name);
        }
        byte[] body = in.readAllBytes();
        CRC32 crc = new CRC32();
        crc.update(body);
        return new Asset(body, contentType, "\"" + Long.toHexString(crc.getValue()) + "\"");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
