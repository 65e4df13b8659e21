package org.signpost.core.persistence;

/** Names the one persistence unit of Signpost and the data source it expects. */
public final class SignpostUnit {

  /** The persistence unit in {@code META-INF/persistence.xml}. */
  public static final String NAME = "signpost";

  /** The JNDI name of the data source that each deployment defines. */
  public static final String DATA_SOURCE = "java:app/jdbc/signpost";

  private SignpostUnit() {}
}
