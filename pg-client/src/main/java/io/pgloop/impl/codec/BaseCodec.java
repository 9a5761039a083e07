package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.spi.PgCodec;
import java.nio.charset.StandardCharsets;

/**
 * What every built-in codec shares: its identity and the wording of its errors, so that all of them
 * speak alike ("cannot encode java.lang.String as int4", "value 3000000000 does not fit int4").
 *
 * @param <T> the Java type that decoding returns
 */
abstract class BaseCodec<T> implements PgCodec<T> {

  private final String typeName;
  private final int typeOid;
  private final int arrayTypeOid;
  private final Class<T> javaType;

  BaseCodec(String typeName, int typeOid, int arrayTypeOid, Class<T> javaType) {
    this.typeName = typeName;
    this.typeOid = typeOid;
    this.arrayTypeOid = arrayTypeOid;
    this.javaType = javaType;
  }

  @Override
  public final String typeName() {
    return typeName;
  }

  @Override
  public final int typeOid() {
    return typeOid;
  }

  @Override
  public final int arrayTypeOid() {
    return arrayTypeOid;
  }

  @Override
  public final Class<T> javaType() {
    return javaType;
  }

  @Override
  public boolean supportsBinary() {
    return true;
  }

  @Override
  public String toString() {
    return typeName + "(" + typeOid + ")";
  }

  /** The error for a value of a class this codec does not take. */
  final IllegalArgumentException cannotEncode(Object value) {
    return new IllegalArgumentException(
        "cannot encode " + value.getClass().getName() + " as " + typeName);
  }

  /** The error for a value out of the type's range. */
  final IllegalArgumentException doesNotFit(Object value) {
    return doesNotFit(value, "out of range");
  }

  /**
   * The error for a value of an accepted class that the type cannot hold: {@code cannot encode
   * java.lang.Long 1099511627776 as int4: out of range}.
   */
  final IllegalArgumentException doesNotFit(Object value, String reason) {
    return new IllegalArgumentException(
        "cannot encode "
            + value.getClass().getName()
            + " "
            + ParameterEncoder.abbreviate(value)
            + " as "
            + typeName
            + ": "
            + reason);
  }

  /** The error for bytes from the server that are not a value of this type. */
  final IllegalArgumentException invalid(String what) {
    return new IllegalArgumentException("invalid " + typeName + " value: " + what);
  }

  /** Checks the length of a fixed-width binary value. */
  final void checkLength(int length, int expected) {
    if (length != expected) {
      throw invalid(length + " bytes, expected " + expected);
    }
  }

  /** The text between index and index + length, in UTF-8 (the client encoding pgloop sets). */
  static String utf8(ByteBuf buf, int index, int length) {
    return buf.toString(index, length, StandardCharsets.UTF_8);
  }
}
