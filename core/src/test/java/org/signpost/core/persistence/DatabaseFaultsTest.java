package org.signpost.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {

  @Test
  void aConnectionFailureIsFoundHoweverDeepItIsWrapped() {
    SQLException refused = new SQLException("Connection to 127.0.0.1:5441 refused", "08001");
    RuntimeException wrapped =
        new IllegalStateException("transaction failed", new PersistenceException(refused));

    assertThat(DatabaseFaults.isUnreachable(wrapped)).isTrue();
    assertThat(DatabaseFaults.isUnreachable(new RuntimeException(new ConnectException("no"))))
        .isTrue();
    assertThat(
            DatabaseFaults.isUnreachable(
                new PersistenceException(
                    new SQLException("Error in allocating a connection. Cause: pool closed"))))
        .isTrue();
  }

  @Test
  void aDatabaseShuttingDownOrNotYetTakingConnectionsIsAwayToo() {
    for (String state : new String[] {"57P01", "57P02", "57P03"}) {
      SQLException stopping = new SQLException("terminating connection", state);
      assertThat(DatabaseFaults.isUnreachable(new PersistenceException(stopping)))
          .as(state)
          .isTrue();
    }
  }

  @Test
  void otherDatabaseErrorsAndOurOwnFaultsAreNot() {
    assertThat(
            DatabaseFaults.isUnreachable(
                new PersistenceException(new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(DatabaseFaults.isUnreachable(new NullPointerException())).isFalse();
  }
}
