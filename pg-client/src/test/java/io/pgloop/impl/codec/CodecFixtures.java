package io.pgloop.impl.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.pgloop.spi.PgCodec;
import java.nio.charset.StandardCharsets;

/**
 * Golden-bytes helpers for codec tests. Values are decoded from the middle of a larger buffer, so
 * that a codec reading relative to the reader index, or moving an index, fails the test.
 */
final class CodecFixtures {

  static final CodecRegistry REGISTRY = CodecRegistry.builtIns();

  private CodecFixtures() {}

  @SuppressWarnings("unchecked")
  static PgCodec<Object> codec(String typeName) {
    PgCodec<?> codec = REGISTRY.byName(typeName);
    assertThat(codec).as(typeName).isNotNull();
    return (PgCodec<Object>) codec;
  }

  /** The binary form of a value, as lowercase hex. */
  static String binary(String type, Object value) {
    PgCodec<Object> codec = codec(type);
    ByteBuf out = Unpooled.buffer();
    try {
      codec.encodeBinary(codec.coerce(value), out);
      return ByteBufUtil.hexDump(out);
    } finally {
      out.release();
    }
  }

  /** The text form of a value. */
  static String text(String type, Object value) {
    PgCodec<Object> codec = codec(type);
    return codec.encodeText(codec.coerce(value));
  }

  /** Decodes hex bytes in binary. */
  static Object fromBinary(String type, String hex) {
    return decode(type, ByteBufUtil.decodeHexDump(hex.replace(" ", "")), true);
  }

  /** Decodes text as the server would send it. */
  static Object fromText(String type, String text) {
    return decode(type, text.getBytes(StandardCharsets.UTF_8), false);
  }

  private static Object decode(String type, byte[] bytes, boolean binary) {
    ByteBuf buf = Unpooled.buffer();
    try {
      buf.writeBytes(new byte[] {9, 9, 9}).writeBytes(bytes).writeBytes(new byte[] {9, 9});
      buf.readerIndex(1);
      int reader = buf.readerIndex();
      int writer = buf.writerIndex();
      PgCodec<Object> codec = codec(type);
      Object value =
          binary
              ? codec.decodeBinary(buf, 3, bytes.length)
              : codec.decodeText(buf, 3, bytes.length);
      assertThat(buf.readerIndex()).isEqualTo(reader);
      assertThat(buf.writerIndex()).isEqualTo(writer);
      return value;
    } finally {
      buf.release();
    }
  }

  /** Asserts that a value survives both formats unchanged. */
  static void assertRoundTrip(String type, Object value) {
    assertThat(fromBinary(type, binary(type, value))).as("binary %s", value).isEqualTo(value);
    assertThat(fromText(type, text(type, value))).as("text %s", value).isEqualTo(value);
  }
}
