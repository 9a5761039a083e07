package io.pgloop.impl.codec;

import io.pgloop.data.Interval;
import io.pgloop.spi.PgCodec;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Converts a decoded value to the Java type a caller asks for, where no information is lost
 * silently: numbers convert when the value fits the target (checked), temporal values among
 * LocalDate, LocalDateTime, OffsetDateTime, Instant and ZonedDateTime (a timestamp without time
 * zone is taken to be at UTC, the infinities map to the MAX and MIN constants), Strings to UUIDs,
 * JSON objects and enums, bytea to {@code byte[]}.
 *
 * <p>Errors are {@link IllegalArgumentException}s: {@code value 3000000000 does not fit
 * java.lang.Integer}, {@code cannot decode int4 (java.lang.Integer) as java.net.URL}; the row adds
 * which column.
 */
final class Conversions {

  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          boolean.class, Boolean.class,
          byte.class, Byte.class,
          short.class, Short.class,
          int.class, Integer.class,
          long.class, Long.class,
          float.class, Float.class,
          double.class, Double.class,
          char.class, Character.class);

  private Conversions() {}

  /** The boxed class of a primitive class, or the class itself. */
  static Class<?> boxed(Class<?> type) {
    return type.isPrimitive() ? BOXES.get(type) : type;
  }

  /** Converts a non-null value decoded by codec to type (boxed, not String). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Object convert(Object value, Class<?> type, PgCodec<?> codec) {
    if (type.isInstance(value)) {
      return value;
    }
    if (value instanceof Number && Number.class.isAssignableFrom(type)) {
      return number((Number) value, type);
    }
    Object temporal = temporal(value, type);
    if (temporal != null) {
      return temporal;
    }
    if (value instanceof String) {
      String s = (String) value;
      try {
        if (type == UUID.class) {
          return UUID.fromString(s);
        } else if (type == JsonObject.class) {
          return new JsonObject(s);
        } else if (type == JsonArray.class) {
          return new JsonArray(s);
        } else if (type.isEnum()) {
          return Enum.valueOf((Class) type, s);
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "value \"" + s + "\" is not a valid " + type.getName(), e);
      }
    }
    if (value instanceof Buffer && type == byte[].class) {
      return ((Buffer) value).getBytes();
    }
    if (value instanceof Interval && type == Duration.class) {
      try {
        return ((Interval) value).toDuration();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("value " + value + " does not fit java.time.Duration");
      }
    }
    throw new IllegalArgumentException(
        "cannot decode "
            + codec.typeName()
            + " ("
            + value.getClass().getName()
            + ") as "
            + type.getName());
  }

  private static Object number(Number n, Class<?> type) {
    if (type == Double.class) {
      return n.doubleValue();
    }
    if (type == Float.class) {
      double d = n.doubleValue();
      if (Double.isFinite(d) && Math.abs(d) > Float.MAX_VALUE) {
        throw doesNotFit(n, type);
      }
      return (float) d;
    }
    boolean floating = n instanceof Double || n instanceof Float;
    if (floating && !Double.isFinite(n.doubleValue())) {
      throw doesNotFit(n, type);
    }
    BigDecimal exact =
        n instanceof BigDecimal
            ? (BigDecimal) n
            : n instanceof BigInteger
                ? new BigDecimal((BigInteger) n)
                : floating ? new BigDecimal(n.toString()) : BigDecimal.valueOf(n.longValue());
    if (type == BigDecimal.class || type == Number.class) {
      return exact;
    }
    try {
      if (type == BigInteger.class) {
        return exact.toBigIntegerExact();
      }
      long v = exact.longValueExact();
      if (type == Long.class) {
        return v;
      } else if (type == Integer.class && v == (int) v) {
        return (int) v;
      } else if (type == Short.class && v == (short) v) {
        return (short) v;
      } else if (type == Byte.class && v == (byte) v) {
        return (byte) v;
      }
    } catch (ArithmeticException e) {
      // not an integer, or beyond a long: reported below
    }
    throw doesNotFit(n, type);
  }

  private static IllegalArgumentException doesNotFit(Number n, Class<?> type) {
    String shown = n instanceof BigDecimal ? ((BigDecimal) n).toPlainString() : n.toString();
    return new IllegalArgumentException("value " + shown + " does not fit " + type.getName());
  }

  /** The temporal conversion of value to type, or null when there is none. */
  private static Object temporal(Object value, Class<?> type) {
    OffsetDateTime odt = toOffsetDateTime(value);
    if (odt == null) {
      if (value instanceof OffsetTime && type == LocalTime.class) {
        return ((OffsetTime) value).toLocalTime();
      }
      return null;
    }
    boolean max = odt.equals(OffsetDateTime.MAX);
    boolean min = odt.equals(OffsetDateTime.MIN);
    if (type == OffsetDateTime.class) {
      return odt;
    } else if (type == Instant.class) {
      return max ? Instant.MAX : min ? Instant.MIN : odt.toInstant();
    } else if (type == ZonedDateTime.class) {
      return odt.toZonedDateTime();
    } else if (type == LocalDateTime.class) {
      return max ? LocalDateTime.MAX : min ? LocalDateTime.MIN : odt.toLocalDateTime();
    } else if (type == LocalDate.class) {
      return max ? LocalDate.MAX : min ? LocalDate.MIN : odt.toLocalDate();
    }
    return null;
  }

  /** A date, timestamp or timestamptz as an OffsetDateTime at UTC; null for other values. */
  private static OffsetDateTime toOffsetDateTime(Object value) {
    if (value instanceof OffsetDateTime) {
      OffsetDateTime o = (OffsetDateTime) value;
      return o.equals(OffsetDateTime.MAX) || o.equals(OffsetDateTime.MIN)
          ? o
          : o.withOffsetSameInstant(ZoneOffset.UTC);
    }
    LocalDateTime ldt =
        value instanceof LocalDateTime
            ? (LocalDateTime) value
            : value instanceof LocalDate ? infinite((LocalDate) value) : null;
    if (ldt == null) {
      return null;
    }
    if (ldt.equals(LocalDateTime.MAX)) {
      return OffsetDateTime.MAX;
    } else if (ldt.equals(LocalDateTime.MIN)) {
      return OffsetDateTime.MIN;
    }
    return ldt.atOffset(ZoneOffset.UTC);
  }

  private static LocalDateTime infinite(LocalDate date) {
    return date.equals(LocalDate.MAX)
        ? LocalDateTime.MAX
        : date.equals(LocalDate.MIN) ? LocalDateTime.MIN : date.atStartOfDay();
  }
}
