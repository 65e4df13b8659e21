package org.signpost.journeys;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A cluster started as an operator starts one, with {@code cluster.sh up N}: N instances of
 * signpost-micro.jar in one data grid over a PostgreSQL database of its own (on 127.0.0.1:5432),
 * behind nginx, on ports nothing else uses, in a temporary folder.
 */
final class LocalCluster implements AutoCloseable {

  private final Path script;
  private final Path folder;
  private final Map<String, String> environment;
  private final int port;

  private LocalCluster(Path script, Path folder, Map<String, String> environment, int port) {
    this.script = script;
    this.folder = folder;
    this.environment = environment;
    this.port = port;
  }

  static LocalCluster up(int size, Map<String, String> settings) throws Exception {
    Path script = Path.of(System.getProperty("signpost.cluster.script")).toAbsolutePath();
    // A temporary folder is private to its owner; nginx's workers must be able to enter this one.
    Path folder =
        Files.createTempDirectory(
            "signpost-cluster",
            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
    int port = freeRun(size + 1);
    Map<String, String> environment = new java.util.HashMap<>(settings);
    environment.put("SIGNPOST_CLUSTER_DIR", folder.toString());
    environment.put("SIGNPOST_CLUSTER_PORT", Integer.toString(port));
    environment.put("SIGNPOST_CLUSTER_GRID_PORT", Integer.toString(freeRun(size)));
    environment.put(
        "SIGNPOST_CLUSTER_DB", "signpost_cluster_" + UUID.randomUUID().toString().substring(0, 8));
    environment.put("SIGNPOST_ADMIN_PASSWORD", SignpostInstance.ADMIN_PASSWORD);
    environment.put("SIGNPOST_LINKS_CHECK_HOURS", "0");
    LocalCluster cluster = new LocalCluster(script, folder, environment, port);
    cluster.run("up", Integer.toString(size));
    return cluster;
  }

  /** nginx, in front of every instance. */
  String front() {
    return "http://127.0.0.1:" + port;
  }

  /** Instance {@code i} (from 1, the grid's oldest member), straight. */
  String instance(int i) {
    return "http://127.0.0.1:" + (port + i);
  }

  /** Instance {@code i}'s port in the data grid. */
  int gridPort(int i) {
    return Integer.parseInt(environment.get("SIGNPOST_CLUSTER_GRID_PORT")) - 1 + i;
  }

  /** The secret cluster.sh made and gave every instance. */
  String secret() throws IOException {
    return Files.readString(folder.resolve("cluster.secret")).strip();
  }

  /** Instance {@code i}'s process id. */
  long pid(int i) throws IOException {
    return Long.parseLong(Files.readString(folder.resolve("instance-" + i + "/pid")).strip());
  }

  String database() {
    return environment.get("SIGNPOST_CLUSTER_DB");
  }

  /** Kills instance {@code i} at once, as {@code kill -9} does. */
  void kill(int i) throws Exception {
    ProcessHandle process = ProcessHandle.of(pid(i)).orElseThrow();
    process.destroyForcibly();
    process.onExit().get(30, TimeUnit.SECONDS);
  }

  /**
   * Starts again whichever of the cluster's {@code size} instances is not running, and waits until
   * it is ready.
   */
  void startMissingInstances(int size) throws Exception {
    run("up", Integer.toString(size));
  }

  String log(int i) throws IOException {
    return Files.readString(folder.resolve("instance-" + i + "/signpost.log"));
  }

  private void run(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(script.getParent().toFile());
    builder.environment().putAll(environment);
    Path output = folder.resolve("cluster-" + arguments[0] + ".log");
    builder.redirectErrorStream(true).redirectOutput(output.toFile());
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("cluster.sh " + arguments[0] + " took over 5 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "cluster.sh " + String.join(" ", arguments) + " failed:\n" + Files.readString(output));
    }
  }

  /** The first of {@code count} consecutive loopback ports nothing listens on. */
  private static int freeRun(int count) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int first = ThreadLocalRandom.current().nextInt(20_000, 40_000);
      if (allFree(first, count)) {
        return first;
      }
    }
    throw new IllegalStateException("no run of " + count + " free ports");
  }

  private static boolean allFree(int first, int count) {
    for (int p = first; p < first + count; p++) {
      try (ServerSocket socket = new ServerSocket(p)) {
        socket.setReuseAddress(true);
      } catch (IOException taken) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws Exception {
    try {
      run("down");
    } finally {
      new ProcessBuilder("dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", database())
          .inheritIO()
          .start()
          .waitFor(60, TimeUnit.SECONDS);
    }
  }
}
