package io.pgloop;

import io.pgloop.data.Interval;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * One row of a result. Columns are numbered from 0 and also found by name. Values are decoded when
 * read, by the codec of the column's type; reading a column twice decodes it twice.
 *
 * <p>Every getter returns null for SQL NULL. A typed getter converts where nothing is lost silently
 * (an int8 that fits an Integer, a timestamp as an Instant at UTC, any column as its text) and
 * otherwise fails with an {@link IllegalArgumentException} that names the column by index (from 0),
 * name and type, such as {@code column 2 ("n", int8): value 3000000000 does not fit
 * java.lang.Integer}.
 *
 * <p>A row is immutable and may be read from any thread once its result is complete.
 */
public interface Row {

  /** The number of columns. */
  int size();

  /**
   * The name of a column.
   *
   * @throws IndexOutOfBoundsException when the index is not below {@link #size()}
   */
  String getColumnName(int index);

  /**
   * The index of the first column of that name, compared exactly, then ignoring case; -1 when there
   * is none.
   */
  int getColumnIndex(String name);

  /**
   * Whether the value of a column is SQL NULL (a JSON {@code null} is not).
   *
   * @throws IndexOutOfBoundsException when the index is not below {@link #size()}
   */
  boolean isNull(int index);

  /**
   * The value of a column as its codec decodes it (an Integer for int4, a BigDecimal for numeric, a
   * String for a type without a codec), or null for SQL NULL.
   *
   * @throws IndexOutOfBoundsException when the index is not below {@link #size()}
   * @throws IllegalArgumentException naming the column, when the bytes are not a value of its type
   */
  Object getValue(int index);

  /**
   * The value of a column converted to a Java type, or null for SQL NULL.
   *
   * @throws IndexOutOfBoundsException when the index is not below {@link #size()}
   * @throws IllegalArgumentException naming the column, when the value cannot be converted
   */
  <T> T get(Class<T> type, int index);

  /**
   * The index of a named column; see {@link #getColumnIndex}.
   *
   * @throws NoSuchElementException {@code no column named "foo" (columns: id, name)}
   */
  default int indexOf(String name) {
    int index = getColumnIndex(name);
    if (index < 0) {
      StringBuilder columns = new StringBuilder();
      for (int i = 0; i < size(); i++) {
        columns.append(i == 0 ? "" : ", ").append(getColumnName(i));
      }
      throw new NoSuchElementException(
          "no column named \"" + name + "\" (columns: " + columns + ")");
    }
    return index;
  }

  /** Whether the value of a named column is SQL NULL; see {@link #indexOf}. */
  default boolean isNull(String name) {
    return isNull(indexOf(name));
  }

  /** The value of a named column; see {@link #getValue(int)} and {@link #indexOf}. */
  default Object getValue(String name) {
    return getValue(indexOf(name));
  }

  /** The value of a named column converted; see {@link #get(Class, int)}, {@link #indexOf}. */
  default <T> T get(Class<T> type, String name) {
    return get(type, indexOf(name));
  }

  /**
   * The value of an array column as a one-dimensional Java array of {@code elementType}, each
   * element converted as {@link #get(Class, int)} converts a column ({@code getArray(Long.class,
   * i)} of an int4[] gives a {@code Long[]}; {@code getArray(String.class, i)} the elements' text);
   * null for SQL NULL, and a null element for a NULL element. For more dimensions ask {@link
   * #get(Class, int)} for the nested class, such as {@code Integer[][].class}; for primitives,
   * {@code int[].class}. Lower bounds other than 1 are not kept: a Java array starts at 0.
   *
   * @param elementType a non-primitive class
   * @throws IllegalArgumentException naming the column, when the column is not an array of one
   *     dimension or an element cannot be converted
   */
  @SuppressWarnings("unchecked")
  default <T> T[] getArray(Class<T> elementType, int index) {
    return (T[]) get(java.lang.reflect.Array.newInstance(elementType, 0).getClass(), index);
  }

  /** The value of a named array column; see {@link #getArray(Class, int)}. */
  default <T> T[] getArray(Class<T> elementType, String name) {
    return getArray(elementType, indexOf(name));
  }

  /** The value of an interval column, or null for SQL NULL; see {@link #get(Class, int)}. */
  default Interval getInterval(int index) {
    return get(Interval.class, index);
  }

  /** The value of a named interval column, or null; see {@link #get(Class, String)}. */
  default Interval getInterval(String name) {
    return get(Interval.class, name);
  }

  /**
   * The value of a json or jsonb column: a JsonObject, JsonArray, String, Number or Boolean, or
   * null for SQL NULL and for the JSON literal null.
   */
  default Object getJson(int index) {
    return getValue(index);
  }

  /** The value of a named json or jsonb column; see {@link #getJson(int)}. */
  default Object getJson(String name) {
    return getValue(indexOf(name));
  }

  /**
   * The value of a column as an {@code int}, without boxing: an {@code int2} or {@code int4} column
   * (or another whose value fits, converted as {@link #get(Class, int)} converts to Integer) is
   * read straight from its bytes, so that reading many rows allocates nothing per value.
   *
   * @throws NullPointerException naming the column, when the value is SQL NULL (ask {@link
   *     #isNull(int)} first where NULL is possible)
   * @throws IllegalArgumentException naming the column, when the value does not fit an int
   */
  default int intValue(int index) {
    Integer value = getInteger(index);
    if (value == null) {
      throw new NullPointerException("column " + index + " is NULL");
    }
    return value;
  }

  /** The value of a named column as an {@code int}; see {@link #intValue(int)}. */
  default int intValue(String name) {
    return intValue(indexOf(name));
  }

  /**
   * The value of a column as a {@code long}, without boxing for {@code int2}, {@code int4}, {@code
   * int8} and {@code oid} columns; see {@link #intValue(int)} for NULL and errors.
   */
  default long longValue(int index) {
    Long value = getLong(index);
    if (value == null) {
      throw new NullPointerException("column " + index + " is NULL");
    }
    return value;
  }

  /** The value of a named column as a {@code long}; see {@link #longValue(int)}. */
  default long longValue(String name) {
    return longValue(indexOf(name));
  }

  /**
   * The value of a column as a {@code double}, without boxing for {@code float4} and {@code float8}
   * columns in binary; see {@link #intValue(int)} for NULL and errors.
   */
  default double doubleValue(int index) {
    Double value = getDouble(index);
    if (value == null) {
      throw new NullPointerException("column " + index + " is NULL");
    }
    return value;
  }

  /** The value of a named column as a {@code double}; see {@link #doubleValue(int)}. */
  default double doubleValue(String name) {
    return doubleValue(indexOf(name));
  }

  /** The value of a column as a {@code boolean}; see {@link #intValue(int)} for NULL and errors. */
  default boolean booleanValue(int index) {
    Boolean value = getBoolean(index);
    if (value == null) {
      throw new NullPointerException("column " + index + " is NULL");
    }
    return value;
  }

  /** The value of a named column as a {@code boolean}; see {@link #booleanValue(int)}. */
  default boolean booleanValue(String name) {
    return booleanValue(indexOf(name));
  }

  /** The value of a column as a Boolean, or null for SQL NULL; see {@link #get(Class, int)}. */
  default Boolean getBoolean(int index) {
    return get(Boolean.class, index);
  }

  /** The value of a named column as a Boolean, or null; see {@link #get(Class, String)}. */
  default Boolean getBoolean(String name) {
    return get(Boolean.class, name);
  }

  /** The value of a column as a Short, or null for SQL NULL; see {@link #get(Class, int)}. */
  default Short getShort(int index) {
    return get(Short.class, index);
  }

  /** The value of a named column as a Short, or null; see {@link #get(Class, String)}. */
  default Short getShort(String name) {
    return get(Short.class, name);
  }

  /** The value of a column as a Integer, or null for SQL NULL; see {@link #get(Class, int)}. */
  default Integer getInteger(int index) {
    return get(Integer.class, index);
  }

  /** The value of a named column as a Integer, or null; see {@link #get(Class, String)}. */
  default Integer getInteger(String name) {
    return get(Integer.class, name);
  }

  /** The value of a column as a Long, or null for SQL NULL; see {@link #get(Class, int)}. */
  default Long getLong(int index) {
    return get(Long.class, index);
  }

  /** The value of a named column as a Long, or null; see {@link #get(Class, String)}. */
  default Long getLong(String name) {
    return get(Long.class, name);
  }

  /** The value of a column as a Float, or null for SQL NULL; see {@link #get(Class, int)}. */
  default Float getFloat(int index) {
    return get(Float.class, index);
  }

  /** The value of a named column as a Float, or null; see {@link #get(Class, String)}. */
  default Float getFloat(String name) {
    return get(Float.class, name);
  }

  /** The value of a column as a Double, or null for SQL NULL; see {@link #get(Class, int)}. */
  default Double getDouble(int index) {
    return get(Double.class, index);
  }

  /** The value of a named column as a Double, or null; see {@link #get(Class, String)}. */
  default Double getDouble(String name) {
    return get(Double.class, name);
  }

  /** The value of a column as a BigDecimal, or null for SQL NULL; see {@link #get(Class, int)}. */
  default BigDecimal getBigDecimal(int index) {
    return get(BigDecimal.class, index);
  }

  /** The value of a named column as a BigDecimal, or null; see {@link #get(Class, String)}. */
  default BigDecimal getBigDecimal(String name) {
    return get(BigDecimal.class, name);
  }

  /**
   * The value of a column as a String (the text form of any column), or null for SQL NULL; see
   * {@link #get(Class, int)}.
   */
  default String getString(int index) {
    return get(String.class, index);
  }

  /**
   * The value of a named column as a String (the text form of any column), or null; see {@link
   * #get(Class, String)}.
   */
  default String getString(String name) {
    return get(String.class, name);
  }

  /**
   * The value of a column as a Vert.x Buffer (bytea), or null for SQL NULL; see {@link #get(Class,
   * int)}.
   */
  default Buffer getBuffer(int index) {
    return get(Buffer.class, index);
  }

  /**
   * The value of a named column as a Vert.x Buffer (bytea), or null; see {@link #get(Class,
   * String)}.
   */
  default Buffer getBuffer(String name) {
    return get(Buffer.class, name);
  }

  /** The value of a column as a UUID, or null for SQL NULL; see {@link #get(Class, int)}. */
  default UUID getUUID(int index) {
    return get(UUID.class, index);
  }

  /** The value of a named column as a UUID, or null; see {@link #get(Class, String)}. */
  default UUID getUUID(String name) {
    return get(UUID.class, name);
  }

  /** The value of a column as a LocalDate, or null for SQL NULL; see {@link #get(Class, int)}. */
  default LocalDate getLocalDate(int index) {
    return get(LocalDate.class, index);
  }

  /** The value of a named column as a LocalDate, or null; see {@link #get(Class, String)}. */
  default LocalDate getLocalDate(String name) {
    return get(LocalDate.class, name);
  }

  /** The value of a column as a LocalTime, or null for SQL NULL; see {@link #get(Class, int)}. */
  default LocalTime getLocalTime(int index) {
    return get(LocalTime.class, index);
  }

  /** The value of a named column as a LocalTime, or null; see {@link #get(Class, String)}. */
  default LocalTime getLocalTime(String name) {
    return get(LocalTime.class, name);
  }

  /**
   * The value of a column as a LocalDateTime, or null for SQL NULL; see {@link #get(Class, int)}.
   */
  default LocalDateTime getLocalDateTime(int index) {
    return get(LocalDateTime.class, index);
  }

  /** The value of a named column as a LocalDateTime, or null; see {@link #get(Class, String)}. */
  default LocalDateTime getLocalDateTime(String name) {
    return get(LocalDateTime.class, name);
  }

  /**
   * The value of a column as a OffsetDateTime, or null for SQL NULL; see {@link #get(Class, int)}.
   */
  default OffsetDateTime getOffsetDateTime(int index) {
    return get(OffsetDateTime.class, index);
  }

  /** The value of a named column as a OffsetDateTime, or null; see {@link #get(Class, String)}. */
  default OffsetDateTime getOffsetDateTime(String name) {
    return get(OffsetDateTime.class, name);
  }

  /** The value of a column as a OffsetTime, or null for SQL NULL; see {@link #get(Class, int)}. */
  default OffsetTime getOffsetTime(int index) {
    return get(OffsetTime.class, index);
  }

  /** The value of a named column as a OffsetTime, or null; see {@link #get(Class, String)}. */
  default OffsetTime getOffsetTime(String name) {
    return get(OffsetTime.class, name);
  }

  /** The value of a column as a Instant, or null for SQL NULL; see {@link #get(Class, int)}. */
  default Instant getInstant(int index) {
    return get(Instant.class, index);
  }

  /** The value of a named column as a Instant, or null; see {@link #get(Class, String)}. */
  default Instant getInstant(String name) {
    return get(Instant.class, name);
  }

  /** The value of a column as a JsonObject, or null for SQL NULL; see {@link #get(Class, int)}. */
  default JsonObject getJsonObject(int index) {
    return get(JsonObject.class, index);
  }

  /** The value of a named column as a JsonObject, or null; see {@link #get(Class, String)}. */
  default JsonObject getJsonObject(String name) {
    return get(JsonObject.class, name);
  }

  /** The value of a column as a JsonArray, or null for SQL NULL; see {@link #get(Class, int)}. */
  default JsonArray getJsonArray(int index) {
    return get(JsonArray.class, index);
  }

  /** The value of a named column as a JsonArray, or null; see {@link #get(Class, String)}. */
  default JsonArray getJsonArray(String name) {
    return get(JsonArray.class, name);
  }
}
