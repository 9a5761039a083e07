package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoolCodecTest {

  @Test
  void goldenBytesAndText() {
    assertThat(binary("bool", true)).isEqualTo("01");
    assertThat(binary("bool", false)).isEqualTo("00");
    assertThat(text("bool", true)).isEqualTo("t");
    assertThat(fromBinary("bool", "01")).isEqualTo(true);
    assertThat(fromText("bool", "f")).isEqualTo(false);
    assertRoundTrip("bool", true);
    assertRoundTrip("bool", false);
  }

  @Test
  void otherSpellingsReadAndNonsenseFails() {
    assertThat(fromText("bool", "true")).isEqualTo(true);
    assertThat(fromText("bool", "off")).isEqualTo(false);
    assertThatThrownBy(() -> fromText("bool", "maybe"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid bool value: \"maybe\"");
  }
}
