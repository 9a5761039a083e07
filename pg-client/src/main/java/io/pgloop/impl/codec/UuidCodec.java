package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.util.UUID;

/**
 * {@code uuid} (OID 2950): 16 bytes in binary (most significant first), the canonical 8-4-4-4-12
 * lowercase hex form in text.
 */
final class UuidCodec extends BaseCodec<UUID> {

  UuidCodec() {
    super("uuid", 2950, 2951, UUID.class);
  }

  @Override
  public void encodeBinary(UUID value, ByteBuf out) {
    out.writeLong(value.getMostSignificantBits());
    out.writeLong(value.getLeastSignificantBits());
  }

  @Override
  public UUID decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, 16);
    return new UUID(buf.getLong(index), buf.getLong(index + 8));
  }

  @Override
  public String encodeText(UUID value) {
    return value.toString();
  }

  @Override
  public UUID decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length);
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw invalid("\"" + s + "\"");
    }
  }
}
