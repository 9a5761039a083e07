package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;

/**
 * {@code oid} (OID 26), an unsigned 32-bit number, decoded as {@link Long} because OIDs above 2^31
 * exist and must not turn negative.
 */
final class OidCodec extends BaseCodec<Long> {
  private static final long MAX = 0xFFFF_FFFFL;

  OidCodec() {
    super("oid", 26, 1028, Long.class);
  }

  @Override
  public boolean canEncode(Object value) {
    return IntegerCodecs.isIntegral(value);
  }

  @Override
  public Long coerce(Object value) {
    return IntegerCodecs.checked(this, value, 0, MAX);
  }

  @Override
  public void encodeBinary(Long value, ByteBuf out) {
    out.writeInt((int) (long) value);
  }

  @Override
  public Long decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, 4);
    return buf.getUnsignedInt(index);
  }

  @Override
  public String encodeText(Long value) {
    return value.toString();
  }

  @Override
  public Long decodeText(ByteBuf buf, int index, int length) {
    long v = IntegerCodecs.parse(this, buf, index, length);
    if (v < 0 || v > MAX) {
      throw invalid("\"" + v + "\"");
    }
    return v;
  }
}
