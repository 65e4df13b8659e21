package org.signpost.core.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostPortTest {

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:9999", "127.0.0.1:0", "127.0.0.1:", "[::1]:99999", "h:8x80"})
  void straightFromAClientOnlyTheListenersOwnPortIsAccepted(String host) {
    assertThat(HostPort.accepted(host, 8080, false)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:8080", "localhost", "[::1]", "[::1]:8080", "signpost.example"})
  void theListenersPortOrNoneIsAccepted(String host) {
    assertThat(HostPort.accepted(host, 8080, false)).isTrue();
  }

  @Test
  void throughATrustedProxyThePortItWasReachedOnIsAcceptedButNeverAnImpossibleOne() {
    assertThat(HostPort.accepted("127.0.0.1:8088", 9081, true)).isTrue();
    assertThat(HostPort.accepted("127.0.0.1:0", 9081, true)).isFalse();
  }

  @Test
  void linksUseTheListenersPortUnlessAProxyNamedItsOwn() {
    assertThat(HostPort.forLinks(80, 8080, false)).isEqualTo(8080);
    assertThat(HostPort.forLinks(8088, 9081, true)).isEqualTo(8088);
  }
}
