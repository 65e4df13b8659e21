package org.signpost.journeys;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * signpost-micro.jar running in a process of its own, on a fresh embedded database in a temporary
 * folder, with the first administrator's password and the mail server given. Or, when {@code
 * signpost.journeys.url} is set, an instance someone already started.
 */
final class SignpostInstance implements AutoCloseable {

  static final String ADMIN_PASSWORD = "journey-first-secret";

  private final Process process;
  private final String base;
  private final Path log;

  private SignpostInstance(Process process, String base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /** Starts a Signpost of this test's own in {@code folder}, whose {@code data} it keeps. */
  static SignpostInstance startIn(Path folder, Map<String, String> environment) throws Exception {
    SignpostInstance instance = launch(folder, environment);
    instance.awaitReady();
    return instance;
  }

  /** The folder it runs in: its embedded database is in {@code data} there. */
  Path folder() {
    return log.getParent();
  }

  static SignpostInstance start(Map<String, String> environment) throws Exception {
    String running = System.getProperty("signpost.journeys.url");
    if (running != null && !running.isBlank()) {
      return new SignpostInstance(null, running.replaceAll("/+$", ""), null);
    }
    return startOwn(environment);
  }

  /** A Signpost of this test's own, never one already running: for tests that break its parts. */
  static SignpostInstance startOwn(Map<String, String> environment) throws Exception {
    SignpostInstance instance = launch(environment);
    instance.awaitReady();
    return instance;
  }

  /** Starts a Signpost of this test's own and returns at once, before it answers. */
  static SignpostInstance launch(Map<String, String> environment) throws Exception {
    return launch(Files.createTempDirectory("signpost-journeys"), environment);
  }

  private static SignpostInstance launch(Path folder, Map<String, String> environment)
      throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(new File(System.getProperty("signpost.micro")).getAbsolutePath());
    command.addAll(List.of("--nocluster", "--port", Integer.toString(port)));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().put("SIGNPOST_ADMIN_PASSWORD", ADMIN_PASSWORD);
    // Scheduled link checks would reach the demo content's addresses on the internet.
    builder.environment().put("SIGNPOST_LINKS_CHECK_HOURS", "0");
    builder.environment().putAll(environment);
    Path log = folder.resolve("signpost.log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new SignpostInstance(builder.start(), "http://127.0.0.1:" + port, log);
  }

  /** The process's id, for looking at it from outside (its sockets). */
  long pid() {
    return process.pid();
  }

  String base() {
    return base;
  }

  /** What the instance has written to its log so far. */
  String log() throws IOException {
    return Files.readString(log);
  }

  /** Whether this test started the instance, so that {@link #log()} can be read. */
  boolean ownsItsLog() {
    return log != null;
  }

  String console() {
    return base + "/admin";
  }

  /** Waits until readiness is UP and the console's sign-in page answers. */
  void awaitReady() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Signpost stopped while starting:\n" + Files.readString(log));
      }
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> console =
            http.send(
                HttpRequest.newBuilder(URI.create(console() + "/sign-in.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && console.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Signpost was not ready within 4 minutes");
  }

  /** A loopback port nothing listens on now. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Kills the process at once, as {@code kill -9} would: no hook runs, nothing is finished. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Asks the process to stop, as {@code kill} (SIGTERM) would, and returns at once. */
  void askToStop() {
    process.destroy();
  }

  boolean isRunning() {
    return process.isAlive();
  }

  /**
   * Asks the process to stop, as {@code kill} (SIGTERM) would, and waits up to a minute.
   *
   * @return how long it took to exit
   */
  Duration terminate() throws InterruptedException {
    Instant asked = Instant.now();
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("Signpost did not stop within a minute of SIGTERM");
    }
    return Duration.between(asked, Instant.now());
  }

  @Override
  public void close() throws Exception {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
