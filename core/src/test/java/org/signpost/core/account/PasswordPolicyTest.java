package org.signpost.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void shortRepetitiveOrLoginPasswordsAreRefusedWithAReason() {
    assertThat(PasswordPolicy.problem("ann", "short".toCharArray()))
        .hasValueSatisfying(p -> assertThat(p).contains("12"));
    assertThat(PasswordPolicy.problem("ann", "aaaaaaaaaaaaaaa".toCharArray())).isPresent();
    assertThat(PasswordPolicy.problem("ann.smith", "my-ann.smith-2026".toCharArray())).isPresent();
    assertThat(PasswordPolicy.problem("ann", "plain words are fine".toCharArray())).isEmpty();
  }

  @Test
  void generatedPasswordsPassThePolicyAndDiffer() {
    char[] one = PasswordPolicy.generate();
    char[] two = PasswordPolicy.generate();

    assertThat(PasswordPolicy.problem("admin", one)).isEmpty();
    assertThat(new String(one)).isNotEqualTo(new String(two));
  }
}
