package io.pgloop.impl.codec;

import io.pgloop.spi.PgCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Converts a Java value to a parameter type that does not take its class as it is, where nothing is
 * lost: the type is one the statement declares (the server's ParameterDescription of a prepared
 * statement, or a {@link io.pgloop.data.PgValue}), not one the value chose.
 *
 * <ul>
 *   <li>an integer ({@code Byte}, {@code Short}, {@code Integer}, {@code Long}, {@code BigInteger})
 *       to {@code float4} or {@code float8} when the float holds it exactly (up to 2^24 and 2^53);
 *   <li>a {@code BigDecimal} or {@code BigInteger} with no fraction to the integer types;
 *   <li>a {@code Double} to {@code float4} when the float holds it exactly (NaN and the infinities
 *       too);
 *   <li>a {@code LocalDate} to {@code timestamp}, as its midnight (the infinities stay infinite);
 *   <li>a {@code List} of Ranges to a multirange type (a List the Java value alone types as an
 *       array).
 * </ul>
 *
 * Every other mismatch is an error: {@code cannot encode java.lang.Double 0.1 as float4: loses
 * precision}. Strings are not converted here: they travel as text, which the server parses.
 */
final class DeclaredConversions {

  private static final long FLOAT4_EXACT = 1L << 24;
  private static final long FLOAT8_EXACT = 1L << 53;

  private DeclaredConversions() {}

  /**
   * The value as the codec's Java type, through the codec's own {@code coerce} when it takes the
   * value's class, or through one of the conversions above.
   *
   * @throws IllegalArgumentException naming the value, its class and the type, and why
   */
  static Object coerce(PgCodec<?> codec, Object value) {
    if (codec.canEncode(value)) {
      return codec.coerce(value);
    }
    Object converted = convert(codec, value);
    if (converted == null) {
      throw cannotEncode(codec, value, "no conversion from that class");
    }
    return codec.coerce(converted);
  }

  /** Whether {@link #coerce} has a conversion for the value's class (which may still not fit). */
  static boolean converts(PgCodec<?> codec, Object value) {
    return codec.canEncode(value)
        || convertible(codec.typeOid(), value)
        || declaredOnly(codec, value);
  }

  /**
   * A multirange takes a List of Ranges only when declared: chosen from the Java value, a List is
   * an array.
   */
  private static boolean declaredOnly(PgCodec<?> codec, Object value) {
    return codec instanceof MultirangeCodec && value instanceof java.util.List;
  }

  private static boolean convertible(int oid, Object value) {
    return switch (oid) {
      case 700, 701 -> isInteger(value) || (oid == 700 && value instanceof Double);
      case 20, 21, 23, 26 -> value instanceof BigDecimal || value instanceof BigInteger;
      case 1114 -> value instanceof LocalDate;
      default -> false;
    };
  }

  private static Object convert(PgCodec<?> codec, Object value) {
    if (declaredOnly(codec, value)) {
      return value;
    }
    if (!convertible(codec.typeOid(), value)) {
      return null;
    }
    return switch (codec.typeOid()) {
      case 700 -> toFloat4(codec, value);
      case 701 -> (double) exactLong(codec, value, FLOAT8_EXACT);
      case 1114 -> toTimestamp((LocalDate) value);
      default -> integral(codec, value);
    };
  }

  private static Float toFloat4(PgCodec<?> codec, Object value) {
    if (value instanceof Double d) {
      float f = d.floatValue();
      if (!Double.isNaN(d) && f != d) {
        throw cannotEncode(codec, value, "loses precision");
      }
      return f;
    }
    return (float) exactLong(codec, value, FLOAT4_EXACT);
  }

  /** An integer whose magnitude is at most limit, which a float of that mantissa holds exactly. */
  private static long exactLong(PgCodec<?> codec, Object value, long limit) {
    BigInteger big =
        value instanceof BigInteger b ? b : BigInteger.valueOf(((Number) value).longValue());
    if (big.abs().compareTo(BigInteger.valueOf(limit)) > 0) {
      throw cannotEncode(codec, value, "loses precision");
    }
    return big.longValueExact();
  }

  /** A BigDecimal or BigInteger as a Long for the integer codec, which checks the range. */
  private static Long integral(PgCodec<?> codec, Object value) {
    BigInteger big;
    if (value instanceof BigInteger b) {
      big = b;
    } else {
      try {
        big = ((BigDecimal) value).toBigIntegerExact();
      } catch (ArithmeticException e) {
        throw cannotEncode(codec, value, "not an integer");
      }
    }
    if (big.bitLength() > 63) {
      throw cannotEncode(codec, value, "out of range");
    }
    return big.longValue();
  }

  private static LocalDateTime toTimestamp(LocalDate date) {
    if (date.equals(LocalDate.MAX)) {
      return LocalDateTime.MAX;
    } else if (date.equals(LocalDate.MIN)) {
      return LocalDateTime.MIN;
    }
    return date.atStartOfDay();
  }

  private static boolean isInteger(Object value) {
    return IntegerCodecs.isIntegral(value) || value instanceof BigInteger;
  }

  static IllegalArgumentException cannotEncode(PgCodec<?> codec, Object value, String reason) {
    return new IllegalArgumentException(
        "cannot encode "
            + value.getClass().getName()
            + " "
            + ParameterEncoder.abbreviate(value)
            + " as "
            + codec.typeName()
            + ": "
            + reason);
  }
}
