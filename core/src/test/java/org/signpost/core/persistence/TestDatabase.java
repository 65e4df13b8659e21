package org.signpost.core.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two databases every persistence test runs on: embedded H2 (the default installation) and a
 * real PostgreSQL at 127.0.0.1:5432. Each test gets a schema of its own, so tests never share data.
 * There is no fallback: when PostgreSQL is not there, the PostgreSQL runs fail.
 */
public enum TestDatabase {
  H2 {
    @Override
    Schema createSchema() {
      String url = "jdbc:h2:mem:signpost-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL(url);
      dataSource.setUser("sa");
      dataSource.setPassword("");
      return new Schema(url, "sa", "", "org.h2.Driver", dataSource, () -> shutdown(dataSource));
    }
  },
  POSTGRESQL {
    @Override
    Schema createSchema() {
      String base = System.getProperty("signpost.test.pg.url", DEFAULT_PG_URL);
      String user = System.getProperty("signpost.test.pg.user", "postgres");
      ensureDatabaseExists(base, user);
      String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      execute(base, user, "CREATE SCHEMA " + schema);
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(url);
      dataSource.setUser(user);
      return new Schema(
          url,
          user,
          "",
          "org.postgresql.Driver",
          dataSource,
          () -> execute(base, user, "DROP SCHEMA " + schema + " CASCADE"));
    }
  };

  static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/signpost_test";

  /** A fresh, empty schema; {@link Schema#drop} removes it. */
  abstract Schema createSchema();

  /** An empty schema in a test database and how to reach it. */
  public record Schema(
      String url,
      String user,
      String password,
      String driver,
      DataSource dataSource,
      Runnable dropper) {

    public void drop() {
      dropper.run();
    }
  }

  private static void shutdown(JdbcDataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException("could not shut the H2 test database down", e);
    }
  }

  private static void ensureDatabaseExists(String url, String user) {
    String name = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
    String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (Connection connection = DriverManager.getConnection(admin, user, "");
        var check = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      check.setString(1, name);
      if (!check.executeQuery().next()) {
        try (Statement create = connection.createStatement()) {
          create.execute("CREATE DATABASE " + name.toLowerCase(Locale.ROOT));
        } catch (SQLException raced) {
          if (!"42P04".equals(raced.getSQLState())) {
            throw raced;
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is needed at " + admin + " for the persistence tests: " + e.getMessage(), e);
    }
  }

  private static void execute(String url, String user, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL refused: " + sql + ": " + e.getMessage(), e);
    }
  }
}
