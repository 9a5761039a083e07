package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * The string types: {@code text}, {@code varchar}, {@code bpchar}, {@code name} and {@code
 * unknown}. Binary and text are the same bytes, UTF-8 (the client encoding pgloop sets), so both
 * formats decode alike. Accepts any {@link CharSequence}.
 *
 * <p>{@code bpchar} values come back blank-padded to the column's length, as PostgreSQL sends them.
 */
final class TextCodec extends BaseCodec<String> {

  TextCodec(String typeName, int typeOid, int arrayTypeOid) {
    super(typeName, typeOid, arrayTypeOid, String.class);
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof CharSequence;
  }

  @Override
  public String coerce(Object value) {
    if (!(value instanceof CharSequence)) {
      throw cannotEncode(value);
    }
    return value.toString();
  }

  @Override
  public void encodeBinary(String value, ByteBuf out) {
    out.writeCharSequence(value, StandardCharsets.UTF_8);
  }

  @Override
  public String decodeBinary(ByteBuf buf, int index, int length) {
    return utf8(buf, index, length);
  }

  @Override
  public String encodeText(String value) {
    return value;
  }

  @Override
  public String decodeText(ByteBuf buf, int index, int length) {
    return utf8(buf, index, length);
  }
}
