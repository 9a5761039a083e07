package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;

/**
 * The codec of every type OID that no codec is registered for, so that an unknown type (an enum, a
 * domain over an unregistered type, an extension type) still comes back: a value in text decodes as
 * its String, a value in binary as its raw bytes in a Vert.x {@link Buffer}.
 *
 * <p>It encodes Strings (any CharSequence) as text, which the server's input function then parses,
 * and never binary: it does not know the type's binary layout.
 */
final class TextFallbackCodec extends BaseCodec<Object> {

  static final TextFallbackCodec INSTANCE = new TextFallbackCodec();

  private final ByteaCodec bytes = new ByteaCodec();

  private TextFallbackCodec() {
    super("unregistered", 0, 0, Object.class);
  }

  @Override
  public boolean supportsBinary() {
    return false;
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof CharSequence;
  }

  @Override
  public Object coerce(Object value) {
    if (!canEncode(value)) {
      throw cannotEncode(value);
    }
    return value.toString();
  }

  @Override
  public void encodeBinary(Object value, ByteBuf out) {
    throw new UnsupportedOperationException("the binary format of an unregistered type");
  }

  @Override
  public Object decodeBinary(ByteBuf buf, int index, int length) {
    return bytes.decodeBinary(buf, index, length);
  }

  /** A String as it is; the raw bytes of a binary value in bytea's hex form. */
  @Override
  public String encodeText(Object value) {
    return value instanceof Buffer ? bytes.encodeText((Buffer) value) : value.toString();
  }

  @Override
  public Object decodeText(ByteBuf buf, int index, int length) {
    return utf8(buf, index, length);
  }
}
