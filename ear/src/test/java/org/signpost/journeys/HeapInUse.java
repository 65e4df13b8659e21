package org.signpost.journeys;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a running JVM's heap holds once it has collected everything it can, as an operator reads it
 * with {@code jcmd}: the bytes still reachable.
 */
final class HeapInUse {

  /**
   * A heap or generation line of {@code GC.heap_info}, such as "tenured generation total 8K, used
   * 4K".
   */
  private static final Pattern USED =
      Pattern.compile("(?:generation|heap)\\s+total \\d+K, used (\\d+)K");

  private HeapInUse() {}

  /** The bytes in use after a full collection of process {@code pid}. */
  static long afterFullCollection(long pid) throws Exception {
    jcmd(pid, "GC.run");
    String info = jcmd(pid, "GC.heap_info");
    long used = 0;
    Matcher line = USED.matcher(info);
    while (line.find()) {
      used += Long.parseLong(line.group(1)) * 1024;
    }
    if (used == 0) {
      throw new IllegalStateException("jcmd named no heap in use:\n" + info);
    }
    return used;
  }

  private static String jcmd(long pid, String command) throws Exception {
    Process jcmd =
        new ProcessBuilder(
                ProcessHandle.current()
                    .info()
                    .command()
                    .map(java -> java.replaceFirst("java$", "jcmd"))
                    .orElse("jcmd"),
                Long.toString(pid),
                command)
            .redirectErrorStream(true)
            .start();
    String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed: " + out);
    }
    return out;
  }
}
