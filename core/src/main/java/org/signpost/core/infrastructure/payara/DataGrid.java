package org.signpost.core.infrastructure.payara;

import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's data grid member in this server, bound as {@code payara/Hazelcast}, when it runs one.
 */
public final class DataGrid {

  static final String NAME = "payara/Hazelcast";

  private DataGrid() {}

  /**
   * The running member, as an {@code Object} so that Hazelcast's classes are loaded only by those
   * who use it; empty outside Payara or with its grid off.
   */
  public static Optional<Object> member() {
    Object grid;
    try {
      grid = new InitialContext().lookup(NAME);
    } catch (NamingException | RuntimeException | LinkageError none) {
      return Optional.empty();
    }
    return Optional.ofNullable(grid)
        .filter(g -> g.getClass().getName().startsWith("com.hazelcast"));
  }
}
