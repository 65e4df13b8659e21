package org.signpost.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleOnlyAuthenticationTest {

  @Test
  void everyConsoleAddressGoesThroughSignIn() {
    assertThat(ConsoleOnlyAuthentication.isForTheConsole("/admin", "/topics.xhtml", "/admin"))
        .isTrue();
    assertThat(ConsoleOnlyAuthentication.isForTheConsole("/admin", null, "/admin")).isTrue();
    assertThat(ConsoleOnlyAuthentication.isForTheConsole("/admin", "/", "/admin")).isTrue();
    assertThat(ConsoleOnlyAuthentication.isForTheConsole("/admin/backup", null, "/admin")).isTrue();
  }

  @Test
  void thePublicSideAndLookAlikePathsDoNot() {
    assertThat(
            ConsoleOnlyAuthentication.isForTheConsole(
                "/widgets", "/v1/fragments/resources", "/admin"))
        .isFalse();
    assertThat(ConsoleOnlyAuthentication.isForTheConsole("/adminx", null, "/admin")).isFalse();
    assertThat(ConsoleOnlyAuthentication.isForTheConsole("", "/topics/admin", "/admin")).isFalse();
    assertThat(ConsoleOnlyAuthentication.isForTheConsole("/topics.xhtml", null, "/admin"))
        .isFalse();
  }
}
