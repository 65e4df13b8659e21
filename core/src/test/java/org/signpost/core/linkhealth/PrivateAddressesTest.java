package org.signpost.core.linkhealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateAddressesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "0.0.0.0",
        "::",
        "10.0.0.1",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.1",
        "100.64.0.1",
        "169.254.169.254",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "224.0.0.1",
        "ff02::1",
        "255.255.255.255",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "::127.0.0.1",
        // NAT64 (the well-known prefix and the local-use one) carrying a private IPv4 address
        "64:ff9b::7f00:1",
        "64:ff9b::a9fe:a9fe",
        "64:ff9b:1::a00:1",
        // 6to4 carrying loopback or a private network
        "2002:7f00:1::1",
        "2002:c0a8:101::1",
        // Teredo whose server or (inverted) client is private
        "2001:0:7f00:1::1",
        "2001:0:5db8:1:0:0:80ff:fffe",
        // documentation, and discard-only
        "2001:db8::1",
        "100::1"
      })
  void addressesInsideTheMachineOrItsNetworkArePrivate(String literal) throws Exception {
    assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(literal))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "8.8.8.8",
        "172.32.0.1",
        "100.128.0.1",
        "2a00:1450:4009::200e",
        "64:ff9b::808:808",
        "2002:808:808::1",
        "2001:0:5db8:1:0:0:f7f7:f7f7"
      })
  void publicAddressesAreNot(String literal) throws Exception {
    assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(literal))).isFalse();
  }
}
