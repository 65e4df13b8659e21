package org.signpost.core.persistence;

/** Names the one persistence unit of Signpost and the data source it expects. */
public final class SignpostUnit {

  /** The persistence unit in {@code META-INF/persistence.xml}. */
  public static final String NAME = "signpost";

  /**
   * The JNDI name of the data source that each deployment defines with a
   * {@code @DataSourceDefinition} on a class of its own (Payara binds it only from the war's own
   * classes), using the values below.
   */
  public static final String DATA_SOURCE = "java:app/jdbc/signpost";

  /** The data source class, from MicroProfile Config: {@code SIGNPOST_DB_DRIVER}. */
  public static final String DRIVER = "${MPCONFIG=signpost.db.driver}";

  /** The JDBC address, from MicroProfile Config: {@code SIGNPOST_DB_URL}. */
  public static final String URL = "${MPCONFIG=signpost.db.url}";

  /** The database user, from MicroProfile Config: {@code SIGNPOST_DB_USER}. */
  public static final String USER = "${MPCONFIG=signpost.db.user}";

  /** The database password, from MicroProfile Config: {@code SIGNPOST_DB_PASSWORD}. */
  public static final String PASSWORD = "${MPCONFIG=signpost.db.password}";

  /**
   * Pool settings for Payara: connections are all opened with the same credentials, so the pool
   * need not compare credentials on every checkout, which cost more than the insert of a feedback
   * row.
   */
  public static final String POOL_NO_MATCHING = "fish.payara.match-connections=false";

  /**
   * Pool settings for a database that goes away and comes back: each connection is checked as it is
   * handed out, a failed check throws the whole pool away (the database restarted, every connection
   * is dead), and a request waits at most two seconds for a connection instead of a minute.
   */
  public static final String POOL_VALIDATION = "fish.payara.is-connection-validation-required=true";

  public static final String POOL_VALIDATION_METHOD =
      "fish.payara.connection-validation-method=custom-validation";
  public static final String POOL_VALIDATOR =
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation";
  public static final String POOL_FAIL_ALL = "fish.payara.fail-all-connections=true";
  public static final String POOL_MAX_WAIT = "fish.payara.max-wait-time-in-millis=2000";

  /** Connections each deployment may hold at most. */
  public static final int MAX_CONNECTIONS = 32;

  private SignpostUnit() {}
}
