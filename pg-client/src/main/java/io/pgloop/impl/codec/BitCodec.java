package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.data.BitString;

/** {@code bit(n)} and {@code bit varying}, as a {@link BitString}. */
final class BitCodec extends BaseCodec<BitString> {

  BitCodec(String name, int oid, int arrayOid) {
    super(name, oid, arrayOid, BitString.class);
  }

  /*
   * Binary layout (bit_send):
   *   int32 number of bits | the bits packed, most significant first, the last byte zero-padded
   */
  @Override
  public void encodeBinary(BitString value, ByteBuf out) {
    int n = value.length();
    out.writeInt(n);
    for (int i = 0; i < n; i += 8) {
      int b = 0;
      for (int j = 0; j < 8; j++) {
        b = (b << 1) | (i + j < n && value.get(i + j) ? 1 : 0);
      }
      out.writeByte(b);
    }
  }

  @Override
  public BitString decodeBinary(ByteBuf buf, int index, int length) {
    int n = length >= 4 ? buf.getInt(index) : -1;
    if (n < 0 || length != 4 + (n + 7) / 8) {
      throw invalid(length + " bytes for " + n + " bits");
    }
    char[] bits = new char[n];
    for (int i = 0; i < n; i++) {
      int b = buf.getByte(index + 4 + i / 8);
      bits[i] = (b & (0x80 >>> (i % 8))) != 0 ? '1' : '0';
    }
    return new BitString(new String(bits));
  }

  @Override
  public String encodeText(BitString value) {
    return value.bits();
  }

  @Override
  public BitString decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length);
    try {
      return new BitString(s);
    } catch (IllegalArgumentException e) {
      throw invalid("\"" + s + "\"");
    }
  }
}
