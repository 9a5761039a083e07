package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The floating-point family: {@code float4} (OID 700, {@link Float}) and {@code float8} (OID 701,
 * {@link Double}). Binary is the IEEE 754 bits, big-endian. Text is what PostgreSQL 12+ writes with
 * the default {@code extra_float_digits = 1}: the shortest digits that read back to the same value,
 * in fixed notation for decimal exponents from -4 up to 5 ({@code float4}) or 14 ({@code float8})
 * and as {@code 1.5e-05} / {@code 1e+15} outside, and {@code NaN}, {@code Infinity}, {@code
 * -Infinity}.
 *
 * <p>{@code float4} accepts a {@link Float}; {@code float8} accepts a {@link Double} or a {@link
 * Float} (widening is exact).
 */
final class FloatCodecs {

  private FloatCodecs() {}

  /**
   * Formats like PostgreSQL's float4out/float8out: Ryu's shortest digits that read back to the same
   * value, in fixed notation for decimal exponents from -4 to fixedUpTo.
   *
   * @param single whether the value is a float4, whose shortest digits are fewer
   */
  static String format(double value, boolean single, int fixedUpTo) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == 0) {
      return (1 / value < 0) ? "-0" : "0";
    }
    BigDecimal d = shortest(value, single);
    int exponent = d.precision() - d.scale() - 1;
    if (exponent >= -4 && exponent <= fixedUpTo) {
      return d.toPlainString();
    }
    String digits = d.unscaledValue().abs().toString();
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (d.signum() < 0) {
      sb.append('-');
    }
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    sb.append(exponent < 0 ? "e-" : "e+");
    int abs = Math.abs(exponent);
    if (abs < 10) {
      sb.append('0');
    }
    return sb.append(abs).toString();
  }

  /**
   * The decimal with the fewest digits that reads back to the value, and of those the nearest to
   * it, as Ryu finds it. Java 17's Float.toString and Double.toString are not always shortest
   * (JDK-4511638: {@code 4.9E-324} for what the server writes {@code 5e-324}), so the digits are
   * found here: the exact binary value rounded to 1, 2, ... digits until one reads back. This runs
   * only for text, never for binary parameters or results.
   */
  static BigDecimal shortest(double value, boolean single) {
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; ; digits++) {
      BigDecimal candidate =
          exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
      String text = candidate.toString();
      boolean same =
          single ? Float.parseFloat(text) == (float) value : Double.parseDouble(text) == value;
      if (same) {
        return candidate;
      }
    }
  }

  static IllegalArgumentException invalidText(BaseCodec<?> codec, String text) {
    return codec.invalid("\"" + text + "\"");
  }

  /** {@code float4}, decoded as {@link Float}. */
  static final class Float4 extends BaseCodec<Float> {
    Float4() {
      super("float4", 700, 1021, Float.class);
    }

    @Override
    public void encodeBinary(Float value, ByteBuf out) {
      out.writeFloat(value);
    }

    @Override
    public Float decodeBinary(ByteBuf buf, int index, int length) {
      checkLength(length, 4);
      return buf.getFloat(index);
    }

    @Override
    public String encodeText(Float value) {
      return format(value, true, 5);
    }

    @Override
    public Float decodeText(ByteBuf buf, int index, int length) {
      String s = utf8(buf, index, length);
      try {
        return Float.parseFloat(s);
      } catch (NumberFormatException e) {
        throw invalidText(this, s);
      }
    }
  }

  /** {@code float8}, decoded as {@link Double}. */
  static final class Float8 extends BaseCodec<Double> {
    Float8() {
      super("float8", 701, 1022, Double.class);
    }

    @Override
    public boolean canEncode(Object value) {
      return value instanceof Double || value instanceof Float;
    }

    @Override
    public Double coerce(Object value) {
      if (!canEncode(value)) {
        throw cannotEncode(value);
      }
      return ((Number) value).doubleValue();
    }

    @Override
    public void encodeBinary(Double value, ByteBuf out) {
      out.writeDouble(value);
    }

    @Override
    public Double decodeBinary(ByteBuf buf, int index, int length) {
      checkLength(length, 8);
      return buf.getDouble(index);
    }

    @Override
    public String encodeText(Double value) {
      return format(value, false, 14);
    }

    @Override
    public Double decodeText(ByteBuf buf, int index, int length) {
      String s = utf8(buf, index, length);
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw invalidText(this, s);
      }
    }
  }
}
