package org.signpost.journeys;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The TCP addresses a process listens on, as {@code ss -ltnp} shows them to an operator. */
final class ListeningSockets {

  private ListeningSockets() {}

  /**
   * Each listening socket's local address and port of process {@code pid}, such as {@code *:6900}.
   */
  static List<String> of(long pid) throws Exception {
    Process ss = new ProcessBuilder("ss", "-Hltnp").redirectErrorStream(true).start();
    String table = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ss.waitFor(30, TimeUnit.SECONDS) || ss.exitValue() != 0) {
      throw new IllegalStateException("ss failed: " + table);
    }
    return table
        .lines()
        .filter(line -> line.contains("pid=" + pid + ","))
        .map(line -> line.trim().split("\\s+")[3])
        .toList();
  }

  /** Whether the address is a loopback one: 127.0.0.0/8, ::1, or IPv4 loopback mapped into IPv6. */
  static boolean isLoopback(String address) {
    String host = address.substring(0, address.lastIndexOf(':'));
    return host.startsWith("127.")
        || host.startsWith("[::ffff:127.")
        || host.equals("[::1]")
        || host.equals("::1");
  }
}
