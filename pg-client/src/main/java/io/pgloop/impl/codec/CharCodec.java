package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;

/**
 * {@code "char"} (OID 18), the one-byte internal type of the catalogs ({@code pg_class.relkind}),
 * not {@code char(n)}. Decoded as a String of one character, or the empty string for the zero byte.
 * Accepts a {@link Character} or a String of at most one character below U+0100.
 *
 * <p>Binary is the byte itself. Text is the character, except that charout writes a byte of 128 and
 * above as a backslash and three octal digits, which is decoded back to the byte.
 */
final class CharCodec extends BaseCodec<String> {

  CharCodec() {
    super("char", 18, 1002, String.class);
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof Character || value instanceof String;
  }

  @Override
  public String coerce(Object value) {
    if (!canEncode(value)) {
      throw cannotEncode(value);
    }
    String s = value.toString();
    if (s.length() > 1 || (s.length() == 1 && s.charAt(0) > 0xFF)) {
      throw doesNotFit(value, "not a single Latin-1 character");
    }
    return s;
  }

  @Override
  public void encodeBinary(String value, ByteBuf out) {
    out.writeByte(value.isEmpty() ? 0 : value.charAt(0));
  }

  @Override
  public String decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, 1);
    return ofByte(buf.getByte(index) & 0xFF);
  }

  @Override
  public String encodeText(String value) {
    if (!value.isEmpty() && value.charAt(0) >= 0x80) {
      return String.format("\\%03o", (int) value.charAt(0));
    }
    return value;
  }

  @Override
  public String decodeText(ByteBuf buf, int index, int length) {
    if (length == 4 && buf.getByte(index) == '\\') {
      int b = 0;
      for (int i = 1; i < 4; i++) {
        int digit = buf.getByte(index + i) - '0';
        if (digit < 0 || digit > 7) {
          throw invalid("\"" + utf8(buf, index, length) + "\"");
        }
        b = b * 8 + digit;
      }
      return ofByte(b & 0xFF);
    }
    if (length > 1) {
      throw invalid("\"" + utf8(buf, index, length) + "\"");
    }
    return length == 0 ? "" : ofByte(buf.getByte(index) & 0xFF);
  }

  private static String ofByte(int b) {
    return b == 0 ? "" : String.valueOf((char) b);
  }
}
