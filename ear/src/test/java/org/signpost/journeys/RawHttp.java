package org.signpost.journeys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 written by hand on a socket, for what an ordinary client will not send: a forged {@code
 * Host} header, as an attacker's script would.
 */
final class RawHttp {

  /**
   * The answer: status, headers by lower-case name (the last of each), every cookie it sets, and
   * the bytes as text.
   */
  record Answer(int status, Map<String, String> headers, List<String> cookies, String body) {
    Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
  }

  private RawHttp() {}

  /** A GET of {@code path} on the server at {@code base}, naming {@code host} as its Host. */
  static Answer get(String base, String path, String host) throws IOException {
    return send(base, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n", "");
  }

  /** A GET sent from {@code local}, another loopback address, as a second client would. */
  static Answer getFrom(String local, String base, String path, String host) throws IOException {
    return send(local, base, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n", "");
  }

  /** A POST of a form or JSON {@code body}, naming {@code host} as its Host. */
  static Answer post(String base, String path, String host, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(
        base,
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + bytes.length
            + "\r\n",
        body);
  }

  private static Answer send(String base, String head, String body) throws IOException {
    return send(null, base, head, body);
  }

  private static Answer send(String local, String base, String head, String body)
      throws IOException {
    URI server = URI.create(base);
    try (Socket socket = new Socket()) {
      if (local != null) {
        socket.bind(new InetSocketAddress(local, 0));
      }
      socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
      out.flush();
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static Answer parse(String raw) {
    int end = raw.indexOf("\r\n\r\n");
    String[] lines = raw.substring(0, end < 0 ? raw.length() : end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> cookies = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = lines[i].substring(colon + 1).strip();
        headers.put(name, value);
        if (name.equals("set-cookie")) {
          cookies.add(value);
        }
      }
    }
    return new Answer(status, headers, cookies, end < 0 ? "" : raw.substring(end + 4));
  }
}
