package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;

/**
 * {@code bytea} (OID 17), decoded as a Vert.x {@link Buffer} (a copy: the row's bytes are not
 * shared). Accepts a {@link Buffer} or a {@code byte[]}.
 *
 * <p>Binary is the raw bytes. Text is the hex format {@code \x0aff} that servers write by default
 * ({@code bytea_output = hex}); the older escape format ({@code \\} for a backslash, {@code \ooo}
 * octal for a byte that is not printable ASCII, other bytes as they are) is decoded too.
 */
final class ByteaCodec extends BaseCodec<Buffer> {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  ByteaCodec() {
    super("bytea", 17, 1001, Buffer.class);
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof Buffer || value instanceof byte[];
  }

  @Override
  public Buffer coerce(Object value) {
    if (value instanceof byte[]) {
      return Buffer.buffer((byte[]) value);
    }
    return super.coerce(value);
  }

  @Override
  public void encodeBinary(Buffer value, ByteBuf out) {
    out.writeBytes(value.getBytes());
  }

  @Override
  public Buffer decodeBinary(ByteBuf buf, int index, int length) {
    byte[] bytes = new byte[length];
    buf.getBytes(index, bytes);
    return Buffer.buffer(bytes);
  }

  @Override
  public String encodeText(Buffer value) {
    byte[] bytes = value.getBytes();
    char[] chars = new char[2 + bytes.length * 2];
    chars[0] = '\\';
    chars[1] = 'x';
    for (int i = 0; i < bytes.length; i++) {
      chars[2 + 2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      chars[3 + 2 * i] = HEX[bytes[i] & 0xF];
    }
    return new String(chars);
  }

  @Override
  public Buffer decodeText(ByteBuf buf, int index, int length) {
    if (length >= 2 && buf.getByte(index) == '\\' && buf.getByte(index + 1) == 'x') {
      return decodeHex(buf, index + 2, length - 2);
    }
    return decodeEscape(buf, index, length);
  }

  private Buffer decodeHex(ByteBuf buf, int index, int length) {
    if (length % 2 != 0) {
      throw invalid("odd number of hex digits");
    }
    byte[] bytes = new byte[length / 2];
    for (int i = 0; i < bytes.length; i++) {
      int hi = Character.digit(buf.getByte(index + 2 * i), 16);
      int lo = Character.digit(buf.getByte(index + 2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        throw invalid("bad hex digit at " + (2 + 2 * i));
      }
      bytes[i] = (byte) (hi << 4 | lo);
    }
    return Buffer.buffer(bytes);
  }

  // Escape format: "\\" is a backslash, "\ooo" an octal byte, anything else itself.
  private Buffer decodeEscape(ByteBuf buf, int index, int length) {
    Buffer out = Buffer.buffer(length);
    int end = index + length;
    for (int i = index; i < end; ) {
      byte b = buf.getByte(i);
      if (b != '\\') {
        out.appendByte(b);
        i++;
      } else if (i + 1 < end && buf.getByte(i + 1) == '\\') {
        out.appendByte((byte) '\\');
        i += 2;
      } else if (i + 3 < end && isOctal(buf, i + 1) && isOctal(buf, i + 2) && isOctal(buf, i + 3)) {
        int v =
            (buf.getByte(i + 1) - '0') << 6
                | (buf.getByte(i + 2) - '0') << 3
                | (buf.getByte(i + 3) - '0');
        out.appendByte((byte) v);
        i += 4;
      } else {
        throw invalid("bad escape at " + (i - index));
      }
    }
    return out;
  }

  private static boolean isOctal(ByteBuf buf, int i) {
    byte b = buf.getByte(i);
    return b >= '0' && b <= '7';
  }
}
