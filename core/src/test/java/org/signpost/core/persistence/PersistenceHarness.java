package org.signpost.core.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.signpost.core.setup.SchemaMigration;

/**
 * The Signpost persistence unit in plain Java SE on a fresh, migrated schema: what a library user
 * outside a container does, and what the persistence tests stand on.
 */
public final class PersistenceHarness implements AutoCloseable {

  private final TestDatabase.Schema schema;
  private final EntityManagerFactory factory;

  private PersistenceHarness(TestDatabase.Schema schema) {
    this.schema = schema;
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

  public static PersistenceHarness start(TestDatabase database) {
    return new PersistenceHarness(database.createSchema());
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
    factory.close();
    schema.drop();
  }
}
