package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;

/** {@code bool} (OID 16): one byte 0 or 1 in binary, {@code t} or {@code f} in text. */
final class BoolCodec extends BaseCodec<Boolean> {

  BoolCodec() {
    super("bool", 16, 1000, Boolean.class);
  }

  @Override
  public void encodeBinary(Boolean value, ByteBuf out) {
    out.writeByte(value ? 1 : 0);
  }

  @Override
  public Boolean decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, 1);
    return buf.getByte(index) != 0;
  }

  @Override
  public String encodeText(Boolean value) {
    return value ? "t" : "f";
  }

  @Override
  public Boolean decodeText(ByteBuf buf, int index, int length) {
    // boolout writes exactly "t" or "f"; the longer spellings are accepted for values that
    // other sources (COPY files, extensions) may produce.
    if (length == 1) {
      byte b = buf.getByte(index);
      if (b == 't') {
        return Boolean.TRUE;
      }
      if (b == 'f') {
        return Boolean.FALSE;
      }
    }
    String s = utf8(buf, index, length).trim().toLowerCase(java.util.Locale.ROOT);
    switch (s) {
      case "t", "true", "yes", "on", "1":
        return Boolean.TRUE;
      case "f", "false", "no", "off", "0":
        return Boolean.FALSE;
      default:
        throw invalid("\"" + s + "\"");
    }
  }
}
