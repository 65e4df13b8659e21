package org.signpost.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

  private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

  @Test
  void loginsAreNormalisedAndMustHaveAForm() {
    assertThat(new Account(" Ann.Smith ", "Ann", Set.of(Role.ADMIN), "h", T0).login())
        .isEqualTo("ann.smith");
    assertThatThrownBy(() -> new Account("a b", "Ann", Set.of(Role.ADMIN), "h", T0))
        .hasMessageContaining("login");
    assertThatThrownBy(() -> new Account("ann", "Ann", Set.of(), "h", T0))
        .hasMessageContaining("role");
  }

  @Test
  void disablingChangingRolesOrSettingAPasswordEndsTheSessionsSignedInBefore() {
    Account account = new Account("ann", "Ann", EnumSet.of(Role.EDITOR), "hash", T0);
    assertThat(account.allowsSessionFrom(T0.plusSeconds(1))).isTrue();

    Instant changedAt = T0.plusSeconds(60);
    for (Consumer<Instant> change :
        List.<Consumer<Instant>>of(
            at -> account.changeRoles(EnumSet.of(Role.REVIEWER), at),
            at -> account.changePassword("another hash", at),
            account::disable)) {
      Instant signedInBefore = changedAt.minusMillis(1);
      change.accept(changedAt);
      assertThat(account.allowsSessionFrom(signedInBefore)).isFalse();
      account.enable();
      assertThat(account.allowsSessionFrom(changedAt))
          .as("a new sign-in from the moment of the change")
          .isTrue();
      changedAt = changedAt.plusSeconds(60);
    }
  }
}
