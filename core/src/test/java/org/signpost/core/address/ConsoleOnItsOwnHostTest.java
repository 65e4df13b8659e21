package org.signpost.core.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleOnItsOwnHostTest {

  @Test
  void aConsoleOnAHostOfItsOwnAnswersThereOnlyAndNeverThroughThePublicHost() {
    PublicAddresses cut =
        addresses("https://signpost.example", "https://console.signpost.example/admin");

    assertThat(cut.consoleAnswersFor("console.signpost.example")).isTrue();
    assertThat(cut.consoleAnswersFor("signpost.example")).isFalse();
    assertThat(cut.consoleAnswersFor("localhost")).isFalse();
    assertThat(cut.answersFor("signpost.example")).as("the public side still answers").isTrue();
  }

  @Test
  void aConsoleBesideThePublicSideAnswersForEveryAllowedHost() {
    PublicAddresses cut = addresses("https://signpost.example", "https://signpost.example/admin");

    assertThat(cut.consoleAnswersFor("signpost.example")).isTrue();
    assertThat(cut.consoleAnswersFor("localhost")).isTrue();
    assertThat(cut.consoleAnswersFor("attacker.example")).isFalse();
    assertThat(addresses(null, null).consoleAnswersFor("127.0.0.1")).isTrue();
  }

  private static PublicAddresses addresses(String publicUrl, String consoleUrl) {
    PublicAddresses addresses = new PublicAddresses();
    addresses.publicUrl = Optional.ofNullable(publicUrl);
    addresses.consoleUrl = Optional.ofNullable(consoleUrl);
    addresses.allowedHosts = Optional.of("localhost,127.0.0.1");
    addresses.readHosts();
    return addresses;
  }
}
