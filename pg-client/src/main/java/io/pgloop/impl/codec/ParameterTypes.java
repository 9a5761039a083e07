package io.pgloop.impl.codec;

import io.pgloop.data.BitString;
import io.pgloop.data.Box;
import io.pgloop.data.Circle;
import io.pgloop.data.Inet;
import io.pgloop.data.Interval;
import io.pgloop.data.Line;
import io.pgloop.data.LineSegment;
import io.pgloop.data.Path;
import io.pgloop.data.Point;
import io.pgloop.data.Polygon;
import io.pgloop.data.TsQuery;
import io.pgloop.data.TsVector;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fixed choice of a parameter's declared type for the common Java classes. Strings are declared
 * 0 (unknown) so that the server infers the type from the statement: a String then binds to a uuid,
 * date or enum column as PostgreSQL parses its text.
 */
final class ParameterTypes {

  /** The element types of arrays that hold no value to look at: {@code new Integer[0]}. */
  private static final Map<Class<?>, Integer> COMPONENTS =
      Map.ofEntries(
          Map.entry(int.class, 23),
          Map.entry(Integer.class, 23),
          Map.entry(long.class, 20),
          Map.entry(Long.class, 20),
          Map.entry(short.class, 21),
          Map.entry(Short.class, 21),
          Map.entry(float.class, 700),
          Map.entry(Float.class, 700),
          Map.entry(double.class, 701),
          Map.entry(Double.class, 701),
          Map.entry(boolean.class, 16),
          Map.entry(Boolean.class, 16),
          Map.entry(BigDecimal.class, 1700),
          Map.entry(UUID.class, 2950),
          Map.entry(LocalDate.class, 1082),
          Map.entry(LocalDateTime.class, 1114),
          Map.entry(OffsetDateTime.class, 1184),
          Map.entry(LocalTime.class, 1083));

  private ParameterTypes() {}

  /** The first non-null element of a (nested) Java array or List, or null when all are null. */
  static Object firstLeaf(Object value) {
    if (!ArrayShape.isArrayValue(value)) {
      return value;
    }
    int n = value instanceof List ? ((List<?>) value).size() : Array.getLength(value);
    for (int i = 0; i < n; i++) {
      Object item = value instanceof List ? ((List<?>) value).get(i) : Array.get(value, i);
      Object leaf = item == null ? null : firstLeaf(item);
      if (leaf != null) {
        return leaf;
      }
    }
    return null;
  }

  /** The element type OID of an array class without a value to look at, 0 when not known. */
  static int ofComponent(Class<?> arrayClass) {
    Class<?> component = arrayClass;
    while (component.isArray() && component != byte[].class) {
      component = component.getComponentType();
    }
    return component == byte[].class ? 17 : COMPONENTS.getOrDefault(component, 0);
  }

  /** The OID for a value of a common class, 0 for null and String, -1 for any other class. */
  static int builtIn(Object value) {
    if (value == null || value instanceof String) {
      return 0;
    } else if (value instanceof Integer) {
      return 23;
    } else if (value instanceof Long) {
      return 20;
    } else if (value instanceof Boolean) {
      return 16;
    } else if (value instanceof Double) {
      return 701;
    } else if (value instanceof Short || value instanceof Byte) {
      return 21;
    } else if (value instanceof Float) {
      return 700;
    } else if (value instanceof BigDecimal || value instanceof BigInteger) {
      return 1700;
    } else if (value instanceof UUID) {
      return 2950;
    } else if (value instanceof OffsetDateTime
        || value instanceof Instant
        || value instanceof ZonedDateTime) {
      return 1184;
    } else if (value instanceof LocalDateTime) {
      return 1114;
    } else if (value instanceof LocalDate) {
      return 1082;
    } else if (value instanceof LocalTime) {
      return 1083;
    } else if (value instanceof OffsetTime) {
      return 1266;
    } else if (value instanceof Buffer || value instanceof byte[]) {
      return 17;
    } else if (value instanceof JsonObject || value instanceof JsonArray) {
      return 3802;
    } else if (value instanceof Interval || value instanceof Duration) {
      return 1186;
    }
    return others(value);
  }

  /** The types of pgloop's value classes and the less common JDK ones. */
  private static int others(Object value) {
    if (value instanceof Inet || value instanceof InetAddress) {
      return 869;
    } else if (value instanceof BitString) {
      return 1562;
    } else if (value instanceof Point) {
      return 600;
    } else if (value instanceof LineSegment) {
      return 601;
    } else if (value instanceof Path) {
      return 602;
    } else if (value instanceof Box) {
      return 603;
    } else if (value instanceof Polygon) {
      return 604;
    } else if (value instanceof Line) {
      return 628;
    } else if (value instanceof Circle) {
      return 718;
    } else if (value instanceof TsVector) {
      return 3614;
    } else if (value instanceof TsQuery) {
      return 3615;
    }
    return -1;
  }
}
