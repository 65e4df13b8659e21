package org.signpost.core.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AllowedHostsTest {

  @Test
  void listedHostsAreAllowedWhateverTheirCaseAndBrackets() {
    AllowedHosts hosts = AllowedHosts.of("localhost, 127.0.0.1,[::1]", Stream.empty());

    assertThat(hosts.allows("LOCALHOST")).isTrue();
    assertThat(hosts.allows("127.0.0.1")).isTrue();
    assertThat(hosts.allows("::1")).isTrue();
    assertThat(hosts.allows("[::1]")).isTrue();
    assertThat(hosts.allows("localhost.")).isTrue();
  }

  @Test
  void aForgedHostIsRefused() {
    AllowedHosts hosts = AllowedHosts.of("localhost,127.0.0.1", Stream.empty());

    assertThat(hosts.allows("attacker.example")).isFalse();
    assertThat(hosts.allows("localhost.attacker.example")).isFalse();
    assertThat(hosts.allows("")).isFalse();
    assertThat(hosts.allows(null)).isFalse();
  }

  @Test
  void theHostsOfTheConfiguredAddressesAreAllowed() {
    AllowedHosts hosts =
        AllowedHosts.of(
            "",
            Stream.of(
                Optional.of("https://signpost.example.nhs.uk"),
                Optional.of(" https://console.signpost.example.nhs.uk:8443/admin "),
                Optional.of(""),
                Optional.empty()));

    assertThat(hosts.allows("signpost.example.nhs.uk")).isTrue();
    assertThat(hosts.allows("console.signpost.example.nhs.uk")).isTrue();
    assertThat(hosts.allows("localhost")).isFalse();
  }

  @Test
  void aStarAllowsAnyHost() {
    assertThat(AllowedHosts.of("*", Stream.empty()).allows("vm.internal")).isTrue();
  }
}
