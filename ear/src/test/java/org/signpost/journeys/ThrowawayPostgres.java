package org.signpost.journeys;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of its own, made with Debian's {@code initdb} in a temporary folder and run
 * by the {@code postgres} user on a free loopback port, that a test may stop and start as an
 * operator's database would go away and come back.
 */
final class ThrowawayPostgres implements AutoCloseable {

  private final Path folder;
  private final Path bin;
  private final int port;

  private ThrowawayPostgres(Path folder, Path bin, int port) {
    this.folder = folder;
    this.bin = bin;
    this.port = port;
  }

  /** Makes the cluster and starts it. */
  static ThrowawayPostgres start() throws Exception {
    Path bin = newestServer();
    Path folder = Files.createTempDirectory("signpost-pg");
    int port = SignpostInstance.freePort();
    ThrowawayPostgres postgres = new ThrowawayPostgres(folder, bin, port);
    run("chown", "postgres", folder.toString());
    postgres.asPostgres(
        "initdb", "-D", folder.resolve("data").toString(), "-A", "trust", "-U", "postgres");
    postgres.begin();
    return postgres;
  }

  /** The JDBC address of its {@code postgres} database. */
  String url() {
    return url("postgres");
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Backs the database up as README says an operator does: {@code pg_dump -Fc}, while it runs. */
  Path dump(String database) throws Exception {
    Path dump = folder.resolve(database + ".dump");
    asPostgres(
        "pg_dump", "-Fc", "-h", "127.0.0.1", "-p", "" + port, "-f", dump.toString(), database);
    return dump;
  }

  /** Restores a dump into a new database, as README says: {@code createdb}, {@code pg_restore}. */
  void restore(Path dump, String database) throws Exception {
    asPostgres("createdb", "-h", "127.0.0.1", "-p", "" + port, database);
    asPostgres(
        "pg_restore",
        "--no-owner",
        "-h",
        "127.0.0.1",
        "-p",
        "" + port,
        "-d",
        database,
        dump.toString());
  }

  /** Starts the server, waiting until it accepts connections. */
  void begin() throws Exception {
    asPostgres(
        "pg_ctl",
        "-D",
        folder.resolve("data").toString(),
        "-o",
        "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1",
        "-l",
        folder.resolve("log").toString(),
        "-w",
        "start");
  }

  /** Stops the server at once, as a crash or an operator's restart would: sessions are cut. */
  void halt() throws Exception {
    asPostgres("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop");
  }

  @Override
  public void close() throws Exception {
    try {
      halt();
    } catch (IllegalStateException alreadyStopped) {
      // nothing to stop
    }
    try (var files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  private void asPostgres(String program, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    command.add(bin.resolve(program).toString());
    command.addAll(Arrays.asList(arguments));
    run(command.toArray(String[]::new));
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  private static Path newestServer() throws IOException {
    try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
          .max(Comparator.comparing(v -> Integer.parseInt(v.getFileName().toString())))
          .map(v -> v.resolve("bin"))
          .orElseThrow(() -> new IllegalStateException("No PostgreSQL server is installed"));
    }
  }
}
