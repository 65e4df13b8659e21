package org.signpost.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * A backup taken from a running Signpost, restored into a fresh installation, as README tells an
 * operator to: the embedded database through the console's backup, PostgreSQL with pg_dump and
 * pg_restore. The new installation holds the same rows in every table (content, revisions,
 * accounts, feedback), serves the same topics, and the administrator signs in with the same
 * password.
 */
class BackupRestoreIT {

  private static final String H2_FILE = "data/signpost";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theEmbeddedDatabaseRestoresFromTheConsolesBackupWithNothingMissing() throws Exception {
    Path backup = Files.createTempFile("signpost-backup", ".zip");
    Map<String, Long> before;
    String topicsBefore;
    Path original;
    SignpostInstance running = SignpostInstance.startOwn(Map.of());
    try {
      sendFeedback(running, "Kept in the backup.");
      topicsBefore = get(running, "/api/v1/topics");
      try (ConsoleBrowser admin = new ConsoleBrowser(running.console())) {
        admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
        admin.open("/packs.xhtml");
        String address = running.console() + "/packs/backup.zip";
        HttpResponse<InputStream> download = admin.downloadBytes(address);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        try (InputStream in = download.body()) {
          Files.copy(in, backup, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      original = running.folder();
    } finally {
      running.close();
    }
    before = rowCounts(h2(original));

    Path fresh = Files.createTempDirectory("signpost-restored");
    unzip(backup, fresh.resolve("data"));
    SignpostInstance restored = SignpostInstance.startIn(fresh, Map.of());
    try {
      assertThat(get(restored, "/api/v1/topics")).isEqualTo(topicsBefore);
      try (ConsoleBrowser admin = new ConsoleBrowser(restored.console())) {
        admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
        assertThat(admin.awaitText("Dashboard")).contains("Dashboard");
      }
    } finally {
      restored.close();
    }
    Map<String, Long> after = rowCounts(h2(fresh));

    assertThat(before).containsKeys("TOPIC", "REVISION", "ACCOUNT", "FEEDBACK");
    assertThat(before.get("FEEDBACK")).isPositive();
    assertThat(after).as("rows in every table").isEqualTo(before);
  }

  @Test
  void postgresqlRestoresFromPgDumpWithNothingMissing() throws Exception {
    try (ThrowawayPostgres postgres = ThrowawayPostgres.start()) {
      SignpostInstance running = SignpostInstance.startOwn(postgresAt(postgres.url()));
      Path dump;
      String topicsBefore;
      try {
        sendFeedback(running, "Kept in the dump.");
        topicsBefore = get(running, "/api/v1/topics");
        dump = postgres.dump("postgres");
      } finally {
        running.close();
      }
      postgres.restore(dump, "restored");

      SignpostInstance restored = SignpostInstance.startOwn(postgresAt(postgres.url("restored")));
      try {
        assertThat(get(restored, "/api/v1/topics")).isEqualTo(topicsBefore);
        try (ConsoleBrowser admin = new ConsoleBrowser(restored.console())) {
          admin.signIn("admin", SignpostInstance.ADMIN_PASSWORD);
          admin.open("/packs.xhtml");
          assertThat(admin.awaitText("pg_dump")).contains("keeps its data in PostgreSQL");
        }
      } finally {
        restored.close();
      }

      Map<String, Long> before;
      try (Connection db = DriverManager.getConnection(postgres.url(), "postgres", "")) {
        before = rowCounts(db);
      }
      Map<String, Long> after;
      try (Connection db = DriverManager.getConnection(postgres.url("restored"), "postgres", "")) {
        after = rowCounts(db);
      }
      assertThat(before).containsKeys("topic", "revision", "account", "feedback");
      assertThat(after).as("rows in every table").isEqualTo(before);
    }
  }

  private static Map<String, String> postgresAt(String url) {
    return Map.of(
        "SIGNPOST_DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource",
        "SIGNPOST_DB_URL", url,
        "SIGNPOST_DB_USER", "postgres");
  }

  private static Connection h2(Path folder) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + folder.resolve(H2_FILE) + ";MODE=LEGACY;IFEXISTS=TRUE",
        "signpost",
        "signpost");
  }

  /** The number of rows in each of the schema's tables, by table name. */
  private static Map<String, Long> rowCounts(Connection db) throws SQLException {
    try (db) {
      List<String> tables = new ArrayList<>();
      try (ResultSet found = db.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (found.next()) {
          String schema = found.getString("TABLE_SCHEM");
          if ("PUBLIC".equalsIgnoreCase(schema)) {
            tables.add(found.getString("TABLE_NAME"));
          }
        }
      }
      Map<String, Long> counts = new TreeMap<>();
      for (String table : tables) {
        try (ResultSet count =
            db.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
          count.next();
          counts.put(table, count.getLong(1));
        }
      }
      return counts;
    }
  }

  private static void unzip(Path zip, Path into) throws Exception {
    Files.createDirectories(into);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path target = into.resolve(entry.getName()).normalize();
        assertThat(target.startsWith(into)).as(entry.getName() + " inside the folder").isTrue();
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      }
    }
  }

  private String get(SignpostInstance signpost, String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(signpost.base() + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private void sendFeedback(SignpostInstance signpost, String comment) throws Exception {
    int status =
        http.send(
                HttpRequest.newBuilder(URI.create(signpost.base() + "/api/v1/feedback"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"topic\":\"healthy-relationships\",\"page\":\"/backup.html\","
                                + "\"helpful\":false,\"comment\":\""
                                + comment
                                + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    assertThat(status).isEqualTo(202);
  }
}
