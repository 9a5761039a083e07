package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidCodecTest {

  private static final UUID U = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");

  @Test
  void goldenBytesAndText() {
    assertThat(binary("uuid", U)).isEqualTo("a0eebc999c0b4ef8bb6d6bb9bd380a11");
    assertThat(fromBinary("uuid", "a0eebc999c0b4ef8bb6d6bb9bd380a11")).isEqualTo(U);
    assertThat(text("uuid", U)).isEqualTo("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    assertRoundTrip("uuid", U);
    assertRoundTrip("uuid", new UUID(-1, -1));
  }

  @Test
  void malformedIsRejected() {
    assertThatThrownBy(() -> fromText("uuid", "nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid uuid value: \"nope\"");
    assertThatThrownBy(() -> fromBinary("uuid", "00"))
        .hasMessage("invalid uuid value: 1 bytes, expected 16");
    // the SPI's default coerce, which this codec keeps
    assertThatThrownBy(() -> binary("uuid", U.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.lang.String as uuid");
  }
}
