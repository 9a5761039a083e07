package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * The string types: {@code text}, {@code varchar}, {@code bpchar}, {@code name}, {@code unknown}
 * and {@code xml}; and, in text only, the types that pgloop reads as their text form (full-text
 * search, the reg* OID aliases, snapshots, {@code jsonpath}...). Binary and text are the same
 * bytes, UTF-8 (the client encoding pgloop sets), so both formats decode alike. Accepts any {@link
 * CharSequence}.
 *
 * <p>{@code bpchar} values come back blank-padded to the column's length, as PostgreSQL sends them.
 */
final class TextCodec extends BaseCodec<String> {

  private final boolean binary;

  TextCodec(String typeName, int typeOid, int arrayTypeOid) {
    this(typeName, typeOid, arrayTypeOid, true);
  }

  /**
   * A type read and written as its text, in binary too when {@code binary} (the binary form of
   * {@code xml} is its text), else in text only (the types whose binary form is not their text:
   * {@code tsvector}, {@code regclass}, {@code jsonpath}...).
   */
  TextCodec(String typeName, int typeOid, int arrayTypeOid, boolean binary) {
    super(typeName, typeOid, arrayTypeOid, String.class);
    this.binary = binary;
  }

  @Override
  public boolean supportsBinary() {
    return binary;
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
