package org.signpost.widgets.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A school's web site on another origin: another loopback address (so that it is another site for
 * cookies, too) serving the pages a test gives it, optionally under a strict
 * Content-Security-Policy.
 */
public final class HostSite implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  private record Page(String html, String policy) {}

  public HostSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          Page page = pages.get(exchange.getRequestURI().getPath());
          if (page == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          byte[] body = page.html().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
          if (page.policy() != null) {
            exchange.getResponseHeaders().set("Content-Security-Policy", page.policy());
          }
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** Serves a page whose body holds the snippet, and returns its address. */
  public String page(String path, String snippet, String policy) {
    pages.put(
        path,
        new Page(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"icon\" href=\"data:,\"><title>Springfield Academy</title></head>"
                + "<body><main><h1>Springfield Academy: health and wellbeing</h1>"
                + snippet
                + "</main></body></html>",
            policy));
    return origin() + path;
  }

  /**
   * The deployed Signpost's address on loopback, without a trailing slash: the browser reaches it
   * by 127.0.0.1, another origin than the host sites' 127.0.0.2.
   */
  public static String signpostAt(java.net.URL deployed) throws java.net.URISyntaxException {
    java.net.URI address = deployed.toURI();
    return "http://127.0.0.1:" + address.getPort() + address.getRawPath().replaceAll("/$", "");
  }

  public String origin() {
    return "http://127.0.0.2:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
