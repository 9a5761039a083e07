package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;

/**
 * The integer family: {@code int2}, {@code int4}, {@code int8} and {@code oid}. Binary is
 * big-endian two's complement of 2, 4 or 8 bytes ({@code oid}: 4 bytes unsigned); text is decimal.
 *
 * <p>Each accepts any {@code Byte}, {@code Short}, {@code Integer} or {@code Long} and checks the
 * range in {@code coerce}, so that a {@code Long} bound to an {@code int4} column works when it
 * fits.
 */
final class IntegerCodecs {

  private IntegerCodecs() {}

  /** Whether the value is one of the integer boxes every integer codec takes. */
  static boolean isIntegral(Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte;
  }

  /**
   * Parses a decimal integer straight from the bytes, without a String: this runs for every integer
   * column of every text result.
   */
  static long parse(BaseCodec<?> codec, ByteBuf buf, int index, int length) {
    if (length == 0 || length > 20) {
      throw codec.invalid("\"" + BaseCodec.utf8(buf, index, length) + "\"");
    }
    int i = index;
    int end = index + length;
    boolean negative = buf.getByte(i) == '-';
    if (negative || buf.getByte(i) == '+') {
      i++;
    }
    if (i == end) {
      throw codec.invalid("\"" + BaseCodec.utf8(buf, index, length) + "\"");
    }
    // Accumulate negatively so that Long.MIN_VALUE parses without overflow.
    long result = 0;
    for (; i < end; i++) {
      int digit = buf.getByte(i) - '0';
      if (digit < 0 || digit > 9 || result < (Long.MIN_VALUE + digit) / 10) {
        throw codec.invalid("\"" + BaseCodec.utf8(buf, index, length) + "\"");
      }
      result = result * 10 - digit;
    }
    if (!negative && result == Long.MIN_VALUE) {
      throw codec.invalid("\"" + BaseCodec.utf8(buf, index, length) + "\"");
    }
    return negative ? result : -result;
  }

  /** The value as a long, checked against [min, max] of the codec's type. */
  static long checked(BaseCodec<?> codec, Object value, long min, long max) {
    if (!isIntegral(value)) {
      throw codec.cannotEncode(value);
    }
    long v = ((Number) value).longValue();
    if (v < min || v > max) {
      throw codec.doesNotFit(value);
    }
    return v;
  }

  /** {@code int2} (OID 21), decoded as {@link Short}. */
  static final class Int2 extends BaseCodec<Short> {
    Int2() {
      super("int2", 21, 1005, Short.class);
    }

    @Override
    public boolean canEncode(Object value) {
      return isIntegral(value);
    }

    @Override
    public Short coerce(Object value) {
      return (short) checked(this, value, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    public void encodeBinary(Short value, ByteBuf out) {
      out.writeShort(value);
    }

    @Override
    public Short decodeBinary(ByteBuf buf, int index, int length) {
      checkLength(length, 2);
      return buf.getShort(index);
    }

    @Override
    public String encodeText(Short value) {
      return value.toString();
    }

    @Override
    public Short decodeText(ByteBuf buf, int index, int length) {
      long v = parse(this, buf, index, length);
      if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
        throw invalid("\"" + v + "\"");
      }
      return (short) v;
    }
  }

  /** {@code int4} (OID 23), decoded as {@link Integer}. */
  static final class Int4 extends BaseCodec<Integer> {
    Int4() {
      super("int4", 23, 1007, Integer.class);
    }

    @Override
    public boolean canEncode(Object value) {
      return isIntegral(value);
    }

    @Override
    public Integer coerce(Object value) {
      return (int) checked(this, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public void encodeBinary(Integer value, ByteBuf out) {
      out.writeInt(value);
    }

    @Override
    public Integer decodeBinary(ByteBuf buf, int index, int length) {
      checkLength(length, 4);
      return buf.getInt(index);
    }

    @Override
    public String encodeText(Integer value) {
      return value.toString();
    }

    @Override
    public Integer decodeText(ByteBuf buf, int index, int length) {
      long v = parse(this, buf, index, length);
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw invalid("\"" + v + "\"");
      }
      return (int) v;
    }
  }

  /** {@code int8} (OID 20), decoded as {@link Long}. */
  static final class Int8 extends BaseCodec<Long> {
    Int8() {
      super("int8", 20, 1016, Long.class);
    }

    @Override
    public boolean canEncode(Object value) {
      return isIntegral(value);
    }

    @Override
    public Long coerce(Object value) {
      return checked(this, value, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public void encodeBinary(Long value, ByteBuf out) {
      out.writeLong(value);
    }

    @Override
    public Long decodeBinary(ByteBuf buf, int index, int length) {
      checkLength(length, 8);
      return buf.getLong(index);
    }

    @Override
    public String encodeText(Long value) {
      return value.toString();
    }

    @Override
    public Long decodeText(ByteBuf buf, int index, int length) {
      return parse(this, buf, index, length);
    }
  }
}
