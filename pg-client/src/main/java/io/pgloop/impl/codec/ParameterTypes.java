package io.pgloop.impl.codec;

import io.pgloop.data.Interval;
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
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * The fixed choice of a parameter's declared type for the common Java classes. Strings are declared
 * 0 (unknown) so that the server infers the type from the statement: a String then binds to a uuid,
 * date or enum column as PostgreSQL parses its text.
 */
final class ParameterTypes {

  private ParameterTypes() {}

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
    return -1;
  }
}
