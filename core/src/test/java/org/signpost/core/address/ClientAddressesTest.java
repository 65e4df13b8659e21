package org.signpost.core.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private final ClientAddresses behindNginx = new ClientAddresses("127.0.0.1, 10.0.0.5");

  /**
   * With loopback trusted by default, anything local that forwards without adding the header (an
   * SSH tunnel) let each client name its own address, and so escape both limits.
   */
  @Test
  void byDefaultNoProxyIsTrustedSoALocalForwarderCannotLetClientsChooseTheirAddress()
      throws Exception {
    java.util.Properties defaults = new java.util.Properties();
    try (var file = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
      defaults.load(file);
    }
    ClientAddresses asShipped =
        new ClientAddresses(defaults.getProperty("signpost.trusted-proxies"));

    assertThat(asShipped.of("127.0.0.1", "198.51.100.7")).isEqualTo("127.0.0.1");
  }

  @Test
  void aRequestStraightFromAClientIsThatClientsWhateverItsHeaderSays() {
    assertThat(behindNginx.of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
  }

  @Test
  void throughTheTrustedProxyItIsTheAddressTheProxyAdded() {
    assertThat(behindNginx.of("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
  }

  @Test
  void anAddressAClientWroteItselfBeforeTheProxysIsIgnored() {
    assertThat(behindNginx.of("127.0.0.1", "198.51.100.1, 203.0.113.9")).isEqualTo("203.0.113.9");
  }

  @Test
  void proxiesInARowAreAllPassed() {
    assertThat(behindNginx.of("127.0.0.1", "203.0.113.9, 10.0.0.5")).isEqualTo("203.0.113.9");
  }

  @Test
  void withoutTheHeaderItIsTheProxysOwnAddress() {
    assertThat(behindNginx.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
    assertThat(behindNginx.of("127.0.0.1", " , ")).isEqualTo("127.0.0.1");
  }
}
