package org.signpost.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher cut = new PasswordHasher(10_000);

  @Test
  void aHashVerifiesItsPasswordOnlyAndIsSaltedEachTime() {
    String first = cut.hash("a good long password".toCharArray());
    String second = cut.hash("a good long password".toCharArray());

    assertThat(first).startsWith("PBKDF2WithHmacSHA256:10000:").isNotEqualTo(second);
    assertThat(cut.verify("a good long password".toCharArray(), first)).isTrue();
    assertThat(cut.verify("a good long passworD".toCharArray(), first)).isFalse();
  }

  @Test
  void hashesMadeWithOtherIterationCountsStillVerify() {
    String old = new PasswordHasher(5_000).hash("kept from before".toCharArray());

    assertThat(cut.verify("kept from before".toCharArray(), old)).isTrue();
  }

  @Test
  void malformedHashesNeverMatch() {
    assertThat(cut.verify("x".toCharArray(), null)).isFalse();
    assertThat(cut.verify("x".toCharArray(), "plain-text")).isFalse();
    assertThat(cut.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:many:AA==:AA==")).isFalse();
  }

  @Test
  void theDefaultFollowsCurrentAdvice() {
    assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
  }
}
