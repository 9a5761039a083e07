package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.data.Inet;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class NetworkCodecsTest {

  private static Inet inet(String host, int prefix) throws Exception {
    return new Inet(InetAddress.getByName(host), prefix);
  }

  @Test
  void inetAndCidrGoldenBytesAndText() throws Exception {
    assertThat(binary("inet", inet("192.168.0.1", 24))).isEqualTo("02180004c0a80001");
    assertThat(binary("cidr", inet("10.0.0.0", 8))).isEqualTo("02080104" + "0a000000");
    assertThat(fromBinary("inet", "02200004 7f000001")).isEqualTo(inet("127.0.0.1", 32));
    assertThat(binary("inet", InetAddress.getByName("::1")))
        .isEqualTo("03800010" + "00000000000000000000000000000001");
    assertThat(text("inet", inet("127.0.0.1", 32))).isEqualTo("127.0.0.1");
    assertThat(text("cidr", inet("127.0.0.1", 32))).isEqualTo("127.0.0.1/32");
    assertThat(text("inet", inet("2001:db8:0:0:1:0:0:1", 64))).isEqualTo("2001:db8::1:0:0:1/64");
    assertThat(text("inet", inet("::", 128))).isEqualTo("::");
    assertThat(text("inet", inet("fe80::1:0", 128))).isEqualTo("fe80::1:0");
    Inet mapped = (Inet) fromText("inet", "::ffff:1.2.3.4/120");
    assertThat(mapped.address().getAddress()).hasSize(16);
    assertThat(text("inet", mapped)).isEqualTo("::ffff:1.2.3.4/120");
    assertThat(fromBinary("inet", binary("inet", mapped))).isEqualTo(mapped);
    assertRoundTrip("cidr", inet("2001:db8::", 32));
    assertThatThrownBy(() -> fromText("inet", "example.com"))
        .hasMessage("invalid inet value: \"example.com\"");
    assertThatThrownBy(() -> inet("1.2.3.4", 33))
        .hasMessage("prefix length 33 out of range for an IPv4 address");
  }

  @Test
  void macAddresses() {
    assertThat(binary("macaddr", "08:00:2B:01:02:03")).isEqualTo("08002b010203");
    assertThat(fromBinary("macaddr", "08002b010203")).isEqualTo("08:00:2b:01:02:03");
    assertThat(text("macaddr8", "0800-2b01-0203-0405")).isEqualTo("08:00:2b:01:02:03:04:05");
    assertRoundTrip("macaddr8", "08:00:2b:01:02:03:04:05");
    assertThatThrownBy(() -> binary("macaddr", "08:00"))
        .hasMessage("value \"08:00\" is not a macaddr of 6 bytes");
  }
}
