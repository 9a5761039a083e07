package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code numeric} (OID 1700), decoded as {@link Number}: a {@link BigDecimal} for every finite
 * value (with the column's display scale, so {@code 1.50} keeps its zero), and {@link Double#NaN},
 * {@link Double#POSITIVE_INFINITY} or {@link Double#NEGATIVE_INFINITY} for the special values,
 * which BigDecimal cannot hold. Asking a row for a BigDecimal of those fails with a message that
 * names the value; asking for a Double works.
 *
 * <p>Accepts BigDecimal, BigInteger, Long, Integer, Short, Byte, Double and Float (the decimal
 * value of their shortest representation: {@code 0.1} is exactly 0.1). NaN and the infinities
 * encode as the special values (infinities need PostgreSQL 14).
 */
final class NumericCodec extends BaseCodec<Number> {

  private static final int POSITIVE = 0x0000;
  private static final int NEGATIVE = 0x4000;
  private static final int NAN = 0xC000;
  private static final int PINF = 0xD000;
  private static final int NINF = 0xF000;
  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  NumericCodec() {
    super("numeric", 1700, 1231, Number.class);
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof BigDecimal
        || value instanceof BigInteger
        || value instanceof Double
        || value instanceof Float
        || IntegerCodecs.isIntegral(value);
  }

  /** Finite values become BigDecimal; NaN and the infinities stay Double. */
  @Override
  public Number coerce(Object value) {
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    } else if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    } else if (IntegerCodecs.isIntegral(value)) {
      return BigDecimal.valueOf(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return d;
      }
      return new BigDecimal(value.toString());
    }
    throw cannotEncode(value);
  }

  /*
   * Wire layout, all big-endian int16:
   *   ndigits | weight | sign | dscale | digit[0] ... digit[ndigits-1]
   * Each digit is 0..9999 (base 10000); value = sum(digit[i] * 10000^(weight - i)).
   * sign is 0x0000 positive, 0x4000 negative, 0xC000 NaN, 0xD000 +Infinity, 0xF000 -Infinity.
   * dscale is the number of decimal digits after the point to display. Trailing zero digits
   * are not sent; zero has ndigits 0.
   */
  @Override
  public void encodeBinary(Number value, ByteBuf out) {
    if (value instanceof Double) {
      double d = value.doubleValue();
      out.writeShort(0).writeShort(0);
      out.writeShort(Double.isNaN(d) ? NAN : d > 0 ? PINF : NINF).writeShort(0);
      return;
    }
    BigDecimal v = (BigDecimal) value;
    int dscale = Math.max(v.scale(), 0);
    BigInteger unscaled = v.unscaledValue().abs();
    int scale = v.scale();
    // Align the point on a base-10000 digit boundary: scale a multiple of 4, never negative.
    if (scale < 0) {
      unscaled = unscaled.multiply(BigInteger.TEN.pow(-scale));
      scale = 0;
    } else if (scale % 4 != 0) {
      unscaled = unscaled.multiply(BigInteger.TEN.pow(4 - scale % 4));
      scale += 4 - scale % 4;
    }
    short[] digits = new short[unscaled.bitLength() / 13 + 2];
    int n = 0;
    while (unscaled.signum() > 0) {
      BigInteger[] qr = unscaled.divideAndRemainder(TEN_THOUSAND);
      digits[n++] = qr[1].shortValue();
      unscaled = qr[0];
    }
    // digits holds the least significant first; drop trailing zeros of the value.
    int low = 0;
    while (low < n && digits[low] == 0) {
      low++;
    }
    int ndigits = n - low;
    int weight = n == 0 ? 0 : n - scale / 4 - 1;
    out.writeShort(ndigits).writeShort(ndigits == 0 ? 0 : weight);
    out.writeShort(v.signum() < 0 ? NEGATIVE : POSITIVE).writeShort(dscale);
    for (int i = n - 1; i >= low; i--) {
      out.writeShort(digits[i]);
    }
  }

  @Override
  public Number decodeBinary(ByteBuf buf, int index, int length) {
    if (length < 8) {
      throw invalid(length + " bytes, expected at least 8");
    }
    int ndigits = buf.getShort(index);
    int weight = buf.getShort(index + 2);
    int sign = buf.getUnsignedShort(index + 4);
    int dscale = buf.getUnsignedShort(index + 6);
    if (length != 8 + 2 * ndigits || ndigits < 0) {
      throw invalid(length + " bytes for " + ndigits + " digits");
    }
    switch (sign) {
      case NAN:
        return Double.NaN;
      case PINF:
        return Double.POSITIVE_INFINITY;
      case NINF:
        return Double.NEGATIVE_INFINITY;
      case POSITIVE:
      case NEGATIVE:
        break;
      default:
        throw invalid("sign 0x" + Integer.toHexString(sign));
    }
    int scale = -4 * (weight - ndigits + 1);
    // The last base-10000 digit may carry zeros beyond the display scale (12345.678 is sent as
    // ...6780); a dscale that would hide non-zero digits truncates them, as numeric_recv does.
    if (ndigits <= 4) {
      // Up to 16 decimal digits fit a long: a BigDecimal of a long, with no BigInteger behind it.
      long acc = 0;
      for (int i = 0; i < ndigits; i++) {
        acc = acc * 10_000 + buf.getShort(index + 8 + 2 * i);
      }
      return BigDecimal.valueOf(sign == NEGATIVE ? -acc : acc, scale)
          .setScale(dscale, RoundingMode.DOWN);
    }
    BigInteger unscaled = BigInteger.ZERO;
    for (int i = 0; i < ndigits; i++) {
      unscaled =
          unscaled.multiply(TEN_THOUSAND).add(BigInteger.valueOf(buf.getShort(index + 8 + 2 * i)));
    }
    if (sign == NEGATIVE) {
      unscaled = unscaled.negate();
    }
    return new BigDecimal(unscaled, scale).setScale(dscale, RoundingMode.DOWN);
  }

  @Override
  public String encodeText(Number value) {
    if (value instanceof Double) {
      double d = value.doubleValue();
      return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }
    return ((BigDecimal) value).toPlainString();
  }

  @Override
  public Number decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length);
    switch (s) {
      case "NaN":
        return Double.NaN;
      case "Infinity":
        return Double.POSITIVE_INFINITY;
      case "-Infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        try {
          return new BigDecimal(s);
        } catch (NumberFormatException e) {
          throw invalid("\"" + s + "\"");
        }
    }
  }
}
