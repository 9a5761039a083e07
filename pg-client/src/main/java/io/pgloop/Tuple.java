package io.pgloop;

import io.pgloop.impl.result.ArrayTuple;
import java.util.List;

/**
 * The parameter values of one execution of a statement, in order: {@code $1} is {@code
 * getValue(0)}. A null value is SQL NULL.
 *
 * <p>How a value binds depends on its class: Integer as int4, Long int8, Short int2, Float float4,
 * Double float8, Boolean bool, BigDecimal and BigInteger numeric, UUID uuid, LocalDate date,
 * LocalTime time, OffsetTime timetz, LocalDateTime timestamp, OffsetDateTime, Instant and
 * ZonedDateTime timestamptz, byte[] and Vert.x Buffer bytea, JsonObject and JsonArray jsonb, {@link
 * io.pgloop.data.Interval} and Duration interval, {@link io.pgloop.data.Inet} and InetAddress inet,
 * {@link io.pgloop.data.BitString} varbit, the geometric records of {@link io.pgloop.data} (Point,
 * Box...) their types, a {@link io.pgloop.data.Range} the range type of its bounds' class
 * (int4range for Integers). A Java array (primitive ones too, but not {@code byte[]}) or a List
 * binds as the array type of its first non-null element's type ({@code int4[]} for {@code
 * Integer[]} or {@code int[]}), nested arrays as several dimensions; an array of Strings as text
 * for the server to type. A String, or an enum constant (by its name), is sent as text of a type
 * the server infers from the statement, so a String binds to a uuid, date or enum column too.
 * Another class fails the query with {@code cannot bind java.net.URL: no codec accepts it}, unless
 * a codec registered on the connection accepts it (a Java enum or record registered with {@link
 * PgConnection#registerEnum} or {@link PgConnection#registerComposite}, a Map once {@code hstore}
 * is registered). A {@link io.pgloop.data.PgValue} gives the type by name, for values whose class
 * is ambiguous ({@code PgValue.of("jsonb", text)}) or for a typed NULL. A value that cannot be sent
 * fails its query alone with a {@link ParameterEncodingException} naming the parameter.
 *
 * <p>A tuple is not thread-safe; once handed to a query it must not change until the query's future
 * completes.
 */
public interface Tuple {

  /** An empty tuple, to fill with {@link #addValue}. */
  static Tuple tuple() {
    return new ArrayTuple(4);
  }

  /** A tuple of the given values, in order; a null element is SQL NULL. */
  static Tuple of(Object... values) {
    ArrayTuple tuple = new ArrayTuple(values.length);
    for (Object value : values) {
      tuple.addValue(value);
    }
    return tuple;
  }

  /** A tuple of the values of a list, in order (copied). */
  static Tuple from(List<?> values) {
    ArrayTuple tuple = new ArrayTuple(values.size());
    for (Object value : values) {
      tuple.addValue(value);
    }
    return tuple;
  }

  /** Appends a value (null for SQL NULL) and returns this tuple. */
  Tuple addValue(Object value);

  /** The number of values. */
  int size();

  /**
   * The value at a position, starting at 0.
   *
   * @throws IndexOutOfBoundsException when pos is not below {@link #size()}
   */
  Object getValue(int pos);

  /**
   * The value at a position as the given class, or null.
   *
   * @throws ClassCastException when the value is of another class
   */
  default <T> T get(Class<T> type, int pos) {
    Object value = getValue(pos);
    if (value != null && !type.isInstance(value)) {
      throw new ClassCastException(
          "value at " + pos + " is a " + value.getClass().getName() + ", not a " + type.getName());
    }
    return type.cast(value);
  }

  /** The value at a position as a Boolean, or null; see {@link #get}. */
  default Boolean getBoolean(int pos) {
    return get(Boolean.class, pos);
  }

  /** The value at a position as an Integer, or null; see {@link #get}. */
  default Integer getInteger(int pos) {
    return get(Integer.class, pos);
  }

  /** The value at a position as a Long, or null; see {@link #get}. */
  default Long getLong(int pos) {
    return get(Long.class, pos);
  }

  /** The value at a position as a String, or null; see {@link #get}. */
  default String getString(int pos) {
    return get(String.class, pos);
  }
}
