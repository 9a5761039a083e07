package io.pgloop.impl.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.HostAndPort;
import org.junit.jupiter.api.Test;

/** {@link HostList}: pairing libpq's host, hostaddr and port lists. */
class HostListTest {

  @Test
  void nothingGivenIsLocalhost() {
    assertThat(HostList.build(null, null, null))
        .containsExactly(new HostAndPort("localhost", 5432));
    assertThat(HostList.build("", "", "")).containsExactly(new HostAndPort("localhost", 5432));
  }

  @Test
  void onePortForAll() {
    assertThat(HostList.build("a,b", null, "7"))
        .containsExactly(new HostAndPort("a", 7), new HostAndPort("b", 7));
  }

  @Test
  void portPerHostWithDefaults() {
    assertThat(HostList.build("a,b,c", null, "1,,3"))
        .containsExactly(
            new HostAndPort("a", 1), new HostAndPort("b", 5432), new HostAndPort("c", 3));
  }

  @Test
  void hostaddrCountsTheHosts() {
    assertThat(HostList.build("a,", "192.0.2.1,192.0.2.2", null))
        .containsExactly(
            new HostAndPort("a", 5432, "192.0.2.1"),
            new HostAndPort("192.0.2.2", 5432, "192.0.2.2"));
    assertThat(HostList.build("a,b", ",192.0.2.2", null))
        .containsExactly(new HostAndPort("a", 5432), new HostAndPort("b", 5432, "192.0.2.2"));
  }

  @Test
  void mismatches() {
    assertThatThrownBy(() -> HostList.build("a,b", null, "1,2,3"))
        .hasMessage("could not match 3 port numbers to 2 hosts");
    assertThatThrownBy(() -> HostList.build("a,b,c", "192.0.2.1,192.0.2.2", null))
        .hasMessage("could not match 3 host names to 2 hostaddr values");
  }

  @Test
  void portsAreChecked() {
    assertThatThrownBy(() -> HostList.build("a", null, "65536"))
        .hasMessage("invalid port number: \"65536\"");
    assertThatThrownBy(() -> HostList.build("a,b", null, "1,x"))
        .hasMessage("invalid port number: \"x\"");
    assertThat(HostList.build("a", null, " 15 ")).containsExactly(new HostAndPort("a", 15));
  }
}
