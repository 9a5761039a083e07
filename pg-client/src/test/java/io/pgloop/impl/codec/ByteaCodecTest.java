package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

class ByteaCodecTest {

  private static final Buffer DEADBEEF =
      Buffer.buffer(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef});

  @Test
  void binaryIsTheBytes() {
    assertThat(binary("bytea", DEADBEEF)).isEqualTo("deadbeef");
    assertThat(binary("bytea", new byte[] {1, 2})).isEqualTo("0102");
    assertThat(fromBinary("bytea", "deadbeef")).isEqualTo(DEADBEEF);
    assertThat(fromBinary("bytea", "")).isEqualTo(Buffer.buffer());
  }

  @Test
  void textIsHex() {
    assertThat(text("bytea", DEADBEEF)).isEqualTo("\\xdeadbeef");
    assertThat(text("bytea", Buffer.buffer())).isEqualTo("\\x");
    assertThat(fromText("bytea", "\\xDEADbeef")).isEqualTo(DEADBEEF);
    assertRoundTrip("bytea", DEADBEEF);
    assertRoundTrip("bytea", Buffer.buffer());
  }

  @Test
  void legacyEscapeFormatIsRead() {
    assertThat(fromText("bytea", "ab\\\\c\\001\\377"))
        .isEqualTo(Buffer.buffer(new byte[] {'a', 'b', '\\', 'c', 1, (byte) 0xff}));
    assertThatThrownBy(() -> fromText("bytea", "a\\9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid bytea value: bad escape at 1");
  }

  @Test
  void badHexIsRejected() {
    assertThatThrownBy(() -> fromText("bytea", "\\xabc"))
        .hasMessage("invalid bytea value: odd number of hex digits");
    assertThatThrownBy(() -> fromText("bytea", "\\xzz"))
        .hasMessage("invalid bytea value: bad hex digit at 2");
  }
}
