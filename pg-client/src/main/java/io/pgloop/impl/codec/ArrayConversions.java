package io.pgloop.impl.codec;

import io.pgloop.spi.PgCodec;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Converts a decoded array (nested Java arrays of the element codec's type) to the class a caller
 * asks for: another array class, converting each element as {@link Conversions} does (an int4[] as
 * a {@code long[]}, a {@code String[]} of the elements' text forms), or an unmodifiable {@link
 * List}, nested for more dimensions.
 */
final class ArrayConversions {

  private ArrayConversions() {}

  /** Converts a non-null decoded array to type (not String: the registry renders that). */
  static Object convert(Object value, Class<?> type, ArrayCodec codec) {
    if (type.isInstance(value)) {
      return value;
    }
    if (type == List.class || type == Iterable.class || type == java.util.Collection.class) {
      return toList(value);
    }
    if (!type.isArray()) {
      throw new IllegalArgumentException(
          "cannot decode "
              + codec.typeName()
              + " ("
              + value.getClass().getSimpleName()
              + ") as "
              + type.getName());
    }
    return toArray(value, type, codec.element());
  }

  private static Object toArray(Object array, Class<?> type, PgCodec<Object> element) {
    Class<?> component = type.getComponentType();
    int n = Array.getLength(array);
    Object result = Array.newInstance(component, n);
    for (int i = 0; i < n; i++) {
      Object v = Array.get(array, i);
      Object converted;
      if (v != null && v.getClass().isArray() && !element.javaType().isInstance(v)) {
        if (!component.isArray()) {
          throw new IllegalArgumentException(
              "array has more dimensions than " + type.getSimpleName());
        }
        converted = toArray(v, component, element);
      } else if (component.isArray() && component != byte[].class) {
        throw new IllegalArgumentException(
            "array has fewer dimensions than " + type.getSimpleName());
      } else if (v == null) {
        if (component.isPrimitive()) {
          throw new IllegalArgumentException(
              "element " + (i + 1) + " is NULL, which " + type.getSimpleName() + " cannot hold");
        }
        converted = null;
      } else if (component == String.class) {
        converted = element.encodeText(v);
      } else {
        converted = Conversions.convert(v, Conversions.boxed(component), element);
      }
      Array.set(result, i, converted);
    }
    return result;
  }

  private static List<Object> toList(Object array) {
    int n = Array.getLength(array);
    List<Object> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Object v = Array.get(array, i);
      list.add(v != null && v.getClass().isArray() && v instanceof Object[] ? toList(v) : v);
    }
    return Collections.unmodifiableList(list);
  }
}
