package org.signpost.core.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.signpost.core.pack.DemoContent;
import org.signpost.core.pack.PackImportFixture;
import org.signpost.core.setup.SchemaMigration;

/**
 * The Signpost persistence unit in plain Java SE on a fresh, migrated schema: what a library user
 * outside a container does, and what the persistence tests stand on. Either started by hand, or
 * registered as an extension that gives each test a schema of its own and drops it afterwards:
 *
 * <pre>{@code
 * @RegisterExtension final PersistenceHarness db = PersistenceHarness.eachTest(() -> database, true);
 * }</pre>
 */
public final class PersistenceHarness
    implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

  private final Supplier<TestDatabase> database;
  private final boolean withDemoContent;
  private TestDatabase.Schema schema;
  private EntityManagerFactory factory;

  private PersistenceHarness(Supplier<TestDatabase> database, boolean withDemoContent) {
    this.database = database;
    this.withDemoContent = withDemoContent;
  }

  /** A fresh schema now, on the database given; the caller closes it. */
  public static PersistenceHarness start(TestDatabase database) {
    PersistenceHarness harness = new PersistenceHarness(() -> database, false);
    harness.open();
    return harness;
  }

  /**
   * A fresh schema for each test, on the database the test names when it starts (a class's
   * parameter), with the demo content imported when asked.
   */
  public static PersistenceHarness eachTest(
      Supplier<TestDatabase> database, boolean withDemoContent) {
    return new PersistenceHarness(database, withDemoContent);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    open();
    if (withDemoContent) {
      run(em -> PackImportFixture.importer(em).apply(DemoContent.load(), "test"));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  private void open() {
    this.schema = database.get().createSchema();
    new SchemaMigration(schema.dataSource()).migrate();
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.jdbc.url", schema.url());
    properties.put("jakarta.persistence.jdbc.user", schema.user());
    properties.put("jakarta.persistence.jdbc.password", schema.password());
    properties.put("jakarta.persistence.jdbc.driver", schema.driver());
    properties.put("eclipselink.jdbc.allow-native-sql-queries", "true");
    this.factory = Persistence.createEntityManagerFactory(SignpostUnit.NAME, properties);
  }

  public TestDatabase.Schema schema() {
    return schema;
  }

  /** Runs the work in one transaction with a new entity manager, committing at the end. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    EntityTransaction transaction = em.getTransaction();
    try {
      transaction.begin();
      T result = work.apply(em);
      transaction.commit();
      return result;
    } finally {
      if (transaction.isActive()) {
        transaction.rollback();
      }
      em.close();
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /** Counts the rows of a table, straight from the database. */
  public long rows(String table) {
    return inTransaction(
        em ->
            ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
                .longValue());
  }

  @Override
  public void close() {
    if (factory != null) {
      factory.close();
      schema.drop();
      factory = null;
    }
  }
}
