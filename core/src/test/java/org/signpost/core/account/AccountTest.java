package org.signpost.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

  @Test
  void loginsAreNormalisedAndMustHaveAForm() {
    assertThat(new Account(" Ann.Smith ", "Ann", Set.of(Role.ADMIN), "h").login())
        .isEqualTo("ann.smith");
    assertThatThrownBy(() -> new Account("a b", "Ann", Set.of(Role.ADMIN), "h"))
        .hasMessageContaining("login");
    assertThatThrownBy(() -> new Account("ann", "Ann", Set.of(), "h")).hasMessageContaining("role");
  }

  @Test
  void disablingChangingRolesOrSettingAPasswordEndsTheSessionsSignedInBefore() throws Exception {
    Account account = new Account("ann", "Ann", EnumSet.of(Role.EDITOR), "hash");
    java.time.Instant signedIn = java.time.Instant.now();
    assertThat(account.allowsSessionFrom(signedIn)).isTrue();

    for (Runnable change :
        List.<Runnable>of(
            () -> account.changeRoles(EnumSet.of(Role.REVIEWER)),
            () -> account.changePassword("another hash"),
            account::disable)) {
      java.time.Instant before = java.time.Instant.now();
      Thread.sleep(2);
      change.run();
      assertThat(account.allowsSessionFrom(before)).isFalse();
      account.enable();
      Thread.sleep(2);
      assertThat(account.allowsSessionFrom(java.time.Instant.now()))
          .as("a new sign-in after the change")
          .isTrue();
    }
  }
}
