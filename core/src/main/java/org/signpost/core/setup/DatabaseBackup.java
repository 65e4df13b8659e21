package org.signpost.core.setup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.persistence.Dialect;
import org.signpost.core.persistence.SignpostUnit;

/**
 * A backup of the whole embedded database (content, revisions, accounts, feedback), taken while
 * Signpost runs: H2's own online {@code BACKUP TO}, a consistent copy of its file in a zip. Only
 * the running Signpost can take it, since the embedded database is open in this process alone.
 * PostgreSQL is backed up with its own tools ({@code pg_dump}), as README says.
 */
@ApplicationScoped
public class DatabaseBackup {

  /** The file H2 writes the backup to, in a folder of its own, before it is copied out. */
  private static final String FILE_NAME = "signpost-backup.zip";

  @Resource(lookup = SignpostUnit.DATA_SOURCE)
  DataSource dataSource;

  /** Whether this installation's database is the embedded one, which Signpost backs up itself. */
  public boolean isEmbedded() {
    return !Dialect.isPostgreSQL(dataSource);
  }

  /** Writes a backup of the embedded database to {@code out} (administrators only). */
  public void writeTo(OutputStream out, Actor actor) throws IOException {
    actor.require("back up the database", Role.ADMIN);
    if (!isEmbedded()) {
      throw new IllegalStateException("Back up PostgreSQL with pg_dump; see README.md");
    }
    Path folder = Files.createTempDirectory("signpost-backup");
    Path zip = folder.resolve(FILE_NAME);
    try {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
      } catch (SQLException e) {
        throw new UncheckedIOException(new IOException("The backup could not be taken", e));
      }
      Files.copy(zip, out);
    } finally {
      Files.deleteIfExists(zip);
      Files.deleteIfExists(folder);
    }
  }
}
