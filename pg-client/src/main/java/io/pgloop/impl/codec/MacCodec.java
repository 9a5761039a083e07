package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.util.HexFormat;

/**
 * {@code macaddr} (6 bytes) and {@code macaddr8} (8 bytes), binary being the bytes; decoded as a
 * String in the server's form {@code 08:00:2b:01:02:03}. Accepts the separators the server reads
 * (colons, hyphens, dots) and normalises to colons.
 */
final class MacCodec extends BaseCodec<String> {
  private final int size;

  MacCodec(String name, int oid, int arrayOid, int size) {
    super(name, oid, arrayOid, String.class);
    this.size = size;
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof CharSequence;
  }

  @Override
  public String coerce(Object value) {
    if (!canEncode(value)) {
      throw cannotEncode(value);
    }
    String hex = value.toString().replaceAll("[:\\-.]", "");
    if (hex.length() != size * 2 || !hex.matches("[0-9a-fA-F]+")) {
      throw new IllegalArgumentException(
          "value \"" + value + "\" is not a " + typeName() + " of " + size + " bytes");
    }
    return format(HexFormat.of().parseHex(hex));
  }

  private static String format(byte[] bytes) {
    return HexFormat.ofDelimiter(":").formatHex(bytes);
  }

  @Override
  public void encodeBinary(String value, ByteBuf out) {
    out.writeBytes(HexFormat.of().parseHex(value.replace(":", "")));
  }

  @Override
  public String decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, size);
    byte[] bytes = new byte[size];
    buf.getBytes(index, bytes);
    return format(bytes);
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
