package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * A user's enum type, registered by name: a value is its label, the same bytes in binary and text.
 * Decodes to the label as a String, or to a constant of a Java enum of the same names when one is
 * given, which then also binds: a constant of that class is sent as this type.
 *
 * @param <E> String, or the Java enum
 */
final class EnumCodec<E> extends BaseCodec<E> {

  private final Class<? extends Enum<?>> enumClass;

  private EnumCodec(
      String name, int oid, int arrayOid, Class<E> javaType, Class<? extends Enum<?>> enumClass) {
    super(name, oid, arrayOid, javaType);
    this.enumClass = enumClass;
  }

  /** Labels as Strings. */
  static EnumCodec<String> ofLabels(String name, int oid, int arrayOid) {
    return new EnumCodec<>(name, oid, arrayOid, String.class, null);
  }

  /** Labels as constants of a Java enum. */
  static <T extends Enum<T>> EnumCodec<T> ofEnum(String name, int oid, int arrayOid, Class<T> e) {
    return new EnumCodec<>(name, oid, arrayOid, e, e);
  }

  @Override
  public boolean canEncode(Object value) {
    return enumClass != null ? enumClass.isInstance(value) : value instanceof CharSequence;
  }

  @Override
  public E coerce(Object value) {
    if (value instanceof CharSequence && enumClass != null) {
      return parse(value.toString());
    }
    if (value instanceof CharSequence) {
      return javaType().cast(value.toString());
    }
    return super.coerce(value);
  }

  @Override
  public void encodeBinary(E value, ByteBuf out) {
    out.writeCharSequence(encodeText(value), StandardCharsets.UTF_8);
  }

  @Override
  public E decodeBinary(ByteBuf buf, int index, int length) {
    return parse(utf8(buf, index, length));
  }

  @Override
  public String encodeText(E value) {
    return value instanceof Enum<?> e ? e.name() : value.toString();
  }

  @Override
  public E decodeText(ByteBuf buf, int index, int length) {
    return parse(utf8(buf, index, length));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private E parse(String label) {
    if (enumClass == null) {
      return javaType().cast(label);
    }
    try {
      return (E) Enum.valueOf((Class) enumClass, label);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "label \""
              + label
              + "\" of "
              + typeName()
              + " has no constant in "
              + enumClass.getName());
    }
  }
}
