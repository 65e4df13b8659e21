package org.signpost.journeys;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A full Payara Server, unpacked from its distribution by the build, with a domain of its own made
 * by {@code asadmin create-domain} in a temporary folder on a block of free ports: an operator's
 * server, driven only through {@code asadmin}, as README's recipe says.
 */
final class PayaraServer implements AutoCloseable {

  private static final String DOMAIN = "signpost";

  /** Offsets from the port base that the domain listens on (admin, HTTP, HTTPS, JMS, IIOP...). */
  private static final int[] OFFSETS = {48, 80, 81, 76, 37, 38, 39, 86, 9};

  private final Path asadmin;
  private final Path domains;
  private final int portBase;
  private final Map<String, String> environment;

  private PayaraServer(Path asadmin, Path domains, int portBase, Map<String, String> environment) {
    this.asadmin = asadmin;
    this.domains = domains;
    this.portBase = portBase;
    this.environment = environment;
  }

  /** Makes a domain and starts it; the server's processes get {@code environment}. */
  static PayaraServer start(Map<String, String> environment) throws Exception {
    Path home = Path.of(System.getProperty("payara.server"));
    Path asadmin = home.resolve("bin/asadmin");
    if (!Files.isExecutable(asadmin)) {
      asadmin.toFile().setExecutable(true);
    }
    Path domains = Files.createTempDirectory("signpost-payara-server");
    PayaraServer server = new PayaraServer(asadmin, domains, freePortBase(), environment);
    server.asadmin(
        "create-domain",
        "--nopassword",
        "--portbase",
        Integer.toString(server.portBase),
        "--domaindir",
        domains.toString(),
        DOMAIN);
    server.asadmin("start-domain", "--domaindir", domains.toString(), DOMAIN);
    return server;
  }

  /** Deploys an application archive as an operator would, with its own context roots. */
  void deploy(Path archive) throws Exception {
    asadmin("--port", Integer.toString(adminPort()), "deploy", archive.toString());
  }

  String base() {
    return "http://127.0.0.1:" + (portBase + 80);
  }

  int adminPort() {
    return portBase + 48;
  }

  /** The server's own log, for a failure's message. */
  String log() throws IOException {
    Path log = domains.resolve(DOMAIN).resolve("logs/server.log");
    return Files.exists(log) ? Files.readString(log) : "(no server.log)";
  }

  @Override
  public void close() throws Exception {
    try {
      asadmin("stop-domain", "--domaindir", domains.toString(), DOMAIN);
    } finally {
      try (var files = Files.walk(domains)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private void asadmin(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(asadmin.toString()));
    command.addAll(Arrays.asList(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed:\n" + output + "\n" + log());
    }
  }

  /** A port base whose every port the domain uses is free now. */
  private static int freePortBase() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base = 20_000 + 100 * ThreadLocalRandom.current().nextInt(300);
      if (Arrays.stream(OFFSETS).allMatch(offset -> isFree(base + offset))) {
        return base;
      }
    }
    throw new IOException("No free block of ports for a Payara Server domain");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}
