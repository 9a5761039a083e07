package io.pgloop.impl.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link PercentCodec}. */
class PercentCodecTest {

  @Test
  void decodesUtf8BytesAndKeepsPlus() {
    assertThat(PercentCodec.decode("a%20b+c%C3%A9%2f", false)).isEqualTo("a b+cé/");
    assertThat(PercentCodec.decode("héllo", false)).isEqualTo("héllo");
  }

  @Test
  void errorsShowTheValueUnlessSecret() {
    assertThatThrownBy(() -> PercentCodec.decode("ab%", false))
        .hasMessage("invalid percent-encoded token: \"ab%\"");
    assertThatThrownBy(() -> PercentCodec.decode("ab%g1", true))
        .hasMessage("invalid percent-encoded token: \"***\"");
  }

  @Test
  void encodesAllButUnreserved() {
    assertThat(PercentCodec.encode("a b/é:~._-", "")).isEqualTo("a%20b%2F%C3%A9%3A~._-");
    assertThat(PercentCodec.encode("::1%eth0", ":")).isEqualTo("::1%25eth0");
  }

  @Test
  void roundTrip() {
    String s = "p@ss:w/rd?&=#% ü\uD83D\uDE00";
    assertThat(PercentCodec.decode(PercentCodec.encode(s, ""), false)).isEqualTo(s);
  }
}
