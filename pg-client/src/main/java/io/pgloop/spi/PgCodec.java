package io.pgloop.spi;

import io.netty.buffer.ByteBuf;

/**
 * Converts the values of one PostgreSQL type between the wire and Java, in both formats: a loader
 * and a dumper in psycopg's terms.
 *
 * <p><b>Threading.</b> A codec is stateless and immutable: one instance is shared by every
 * connection and every event loop, and its methods may be called concurrently.
 *
 * <p><b>Buffers.</b> Decoding reads at an absolute index and never moves the reader or writer index
 * of the buffer it is given; encoding appends at the writer index. Neither retains nor releases a
 * buffer.
 *
 * <p><b>Errors.</b> Encoding a value the codec does not accept, or one out of the type's range,
 * throws {@link IllegalArgumentException} with a message that names the value or its class and the
 * type, such as {@code cannot encode java.lang.String as int4} or {@code cannot encode
 * java.lang.Long 3000000000 as int4: out of range}; the connection adds which parameter ({@code
 * parameter $2: ...}) and fails that query alone. Decoding bytes that are not a valid value of the
 * type throws {@link IllegalArgumentException} naming the type.
 *
 * @param <T> the Java type that decoding returns
 */
public interface PgCodec<T> {

  /** The type's name as in {@code pg_type.typname}, such as {@code int4}. */
  String typeName();

  /** The type's OID, such as 23 for {@code int4}. */
  int typeOid();

  /** The OID of the array type whose elements are of this type, or 0 when there is none. */
  int arrayTypeOid();

  /**
   * The character that separates this type's values in the text form of its arrays ({@code
   * pg_type.typdelim}): a comma for every built-in type except {@code box}, whose text holds commas
   * and which uses a semicolon.
   */
  default char arrayDelimiter() {
    return ',';
  }

  /** The Java type that {@link #decodeBinary} and {@link #decodeText} return. */
  Class<T> javaType();

  /** Whether the codec reads and writes the binary format; when false, only text is used. */
  boolean supportsBinary();

  /**
   * Appends the binary form of a value to {@code out}: the value's bytes only, without the length
   * prefix.
   *
   * @param value a non-null value, as {@link #coerce} returns it
   * @throws IllegalArgumentException when the value cannot be encoded as this type
   * @throws UnsupportedOperationException when {@link #supportsBinary} is false
   */
  void encodeBinary(T value, ByteBuf out);

  /**
   * Reads one value in binary. The buffer may hold other values before and after this one: read it
   * with absolute getters within {@code [index, index + length)}, and neither move its indexes nor
   * release it.
   *
   * @param buf the buffer holding the value
   * @param index the absolute index of the value's first byte
   * @param length the number of bytes of the value (never -1: SQL NULL is not passed to codecs)
   * @throws IllegalArgumentException when the bytes are not a value of this type
   */
  T decodeBinary(ByteBuf buf, int index, int length);

  /**
   * Renders a value in PostgreSQL's text format, as the server's input function accepts it (and,
   * for values the server sent, as its output function with DateStyle ISO writes it).
   *
   * @param value a non-null value, as {@link #coerce} returns it
   * @throws IllegalArgumentException when the value cannot be encoded as this type
   */
  String encodeText(T value);

  /**
   * Reads one value in text, as the server's output function writes it (UTF-8, DateStyle ISO). As
   * for {@link #decodeBinary}, read {@code buf} with absolute getters only.
   *
   * @param buf the buffer holding the value
   * @param index the absolute index of the value's first byte
   * @param length the number of bytes of the value
   * @throws IllegalArgumentException when the text is not a value of this type
   */
  T decodeText(ByteBuf buf, int index, int length);

  /**
   * Whether this codec can encode the value. The default accepts instances of {@link #javaType()};
   * a codec may accept more (int8 accepts any {@code Integer}, {@code Short} or {@code Long}). A
   * value accepted here may still be out of range, which encoding reports. For a parameter whose
   * type the statement declares, a String this returns false for is sent as text for the server's
   * input function to parse.
   *
   * @param value a non-null value
   */
  default boolean canEncode(Object value) {
    return javaType().isInstance(value);
  }

  /**
   * Converts a value that {@link #canEncode} accepts to the codec's Java type, before {@link
   * #encodeBinary} or {@link #encodeText}: an {@code Integer} to the {@code Long} of int8, an
   * {@code Instant} to the {@code OffsetDateTime} of timestamptz. The default casts.
   *
   * @param value a non-null value
   * @throws IllegalArgumentException when the value's class is not accepted ({@code cannot encode
   *     java.lang.String as int4}) or the value is out of range ({@code cannot encode
   *     java.lang.Long 3000000000 as int4: out of range})
   */
  default T coerce(Object value) {
    if (!javaType().isInstance(value)) {
      throw new IllegalArgumentException(
          "cannot encode " + value.getClass().getName() + " as " + typeName());
    }
    return javaType().cast(value);
  }
}
