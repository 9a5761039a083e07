package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.ColumnDescriptor;
import io.pgloop.spi.PgCodec;

/**
 * Decodes column values to Java primitives without boxing, for the row accessors {@code intValue},
 * {@code longValue}, {@code doubleValue} and {@code booleanValue}: a built-in integer, float or
 * bool column is read straight from its bytes (binary, and integer or bool text), so that reading
 * it allocates nothing. Any other column goes through {@link CodecRegistry#decode(int, short,
 * ByteBuf, int, int, Class)} and its conversions, and unboxes.
 *
 * <p>Errors are those of the registry's decode: {@code value 3000000000 does not fit
 * java.lang.Integer}, {@code invalid int4 value: 3 bytes, expected 4}.
 */
public final class PrimitiveValues {

  private PrimitiveValues() {}

  /** A non-null column value as an int. */
  public static int intValue(
      CodecRegistry registry, int oid, short format, ByteBuf buf, int index, int length) {
    PgCodec<?> codec = registry.byOid(oid);
    if (isIntegral(codec)) {
      long v = integral(codec, format, buf, index, length);
      if (v == (int) v) {
        return (int) v;
      }
    }
    return registry.decode(oid, format, buf, index, length, Integer.class);
  }

  /** A non-null column value as a long. */
  public static long longValue(
      CodecRegistry registry, int oid, short format, ByteBuf buf, int index, int length) {
    PgCodec<?> codec = registry.byOid(oid);
    if (isIntegral(codec)) {
      return integral(codec, format, buf, index, length);
    }
    return registry.decode(oid, format, buf, index, length, Long.class);
  }

  /** A non-null column value as a double. */
  public static double doubleValue(
      CodecRegistry registry, int oid, short format, ByteBuf buf, int index, int length) {
    PgCodec<?> codec = registry.byOid(oid);
    if (format == ColumnDescriptor.BINARY) {
      if (codec instanceof FloatCodecs.Float8 f) {
        f.checkLength(length, 8);
        return buf.getDouble(index);
      } else if (codec instanceof FloatCodecs.Float4 f) {
        f.checkLength(length, 4);
        return buf.getFloat(index);
      }
    }
    return registry.decode(oid, format, buf, index, length, Double.class);
  }

  /** A non-null column value as a boolean. */
  public static boolean booleanValue(
      CodecRegistry registry, int oid, short format, ByteBuf buf, int index, int length) {
    PgCodec<?> codec = registry.byOid(oid);
    if (codec instanceof BoolCodec bool && (format == ColumnDescriptor.BINARY || length == 1)) {
      // Boolean.TRUE and FALSE are constants: the boxed decode allocates nothing either.
      return format == ColumnDescriptor.BINARY
          ? bool.decodeBinary(buf, index, length)
          : bool.decodeText(buf, index, length);
    }
    return registry.decode(oid, format, buf, index, length, Boolean.class);
  }

  private static boolean isIntegral(PgCodec<?> codec) {
    return codec instanceof IntegerCodecs.Int4
        || codec instanceof IntegerCodecs.Int8
        || codec instanceof IntegerCodecs.Int2
        || codec instanceof OidCodec;
  }

  /** The value of a built-in integer column; text is parsed from the bytes, range checked. */
  private static long integral(PgCodec<?> codec, short format, ByteBuf buf, int index, int length) {
    BaseCodec<?> base = (BaseCodec<?>) codec;
    if (format == ColumnDescriptor.BINARY) {
      if (codec instanceof IntegerCodecs.Int4) {
        base.checkLength(length, 4);
        return buf.getInt(index);
      } else if (codec instanceof IntegerCodecs.Int8) {
        base.checkLength(length, 8);
        return buf.getLong(index);
      } else if (codec instanceof IntegerCodecs.Int2) {
        base.checkLength(length, 2);
        return buf.getShort(index);
      }
      base.checkLength(length, 4);
      return buf.getUnsignedInt(index);
    }
    long v = IntegerCodecs.parse(base, buf, index, length);
    if (codec instanceof IntegerCodecs.Int8 || inRange(codec, v)) {
      return v;
    }
    // Out of the type's range: the codec's own text decode reports it.
    return ((Number) codec.decodeText(buf, index, length)).longValue();
  }

  private static boolean inRange(PgCodec<?> codec, long v) {
    if (codec instanceof IntegerCodecs.Int4) {
      return v == (int) v;
    } else if (codec instanceof IntegerCodecs.Int2) {
      return v == (short) v;
    }
    return v >= 0 && v <= 0xFFFF_FFFFL;
  }
}
