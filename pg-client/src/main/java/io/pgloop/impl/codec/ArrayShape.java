package io.pgloop.impl.codec;

import io.pgloop.spi.PgCodec;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A PostgreSQL array laid flat, as both wire formats carry it: the length of each dimension, the
 * lower bound of each, and the elements in row-major order (null for SQL NULL). An empty array has
 * no dimensions.
 *
 * <p>Converts from the Java side (arrays of any component type, primitive ones included, and Lists,
 * nested for more dimensions) and back to nested Java arrays of the element codec's Java type. Java
 * arrays start at 0, so lower bounds are read and written but do not survive the trip to Java:
 * {@code '[0:2]={1,2,3}'} decodes as the three-element array.
 */
record ArrayShape(int[] dims, int[] lowerBounds, Object[] elements) {

  /** PostgreSQL's limit on the number of dimensions (MAXDIM). */
  static final int MAX_DIMENSIONS = 6;

  /** The shape of a non-empty array with lower bounds 1. */
  static ArrayShape of(int[] dims, Object[] elements) {
    int[] lower = new int[dims.length];
    Arrays.fill(lower, 1);
    return new ArrayShape(dims, lower, elements);
  }

  /** Whether a Java value is an array or List that binds as a PostgreSQL array. */
  static boolean isArrayValue(Object value) {
    return value instanceof List || (value.getClass().isArray() && !(value instanceof byte[]));
  }

  /**
   * Lays a Java array or List flat. A nested array or List is one more dimension unless {@code
   * isElement} takes it as one value (a {@code byte[]} for bytea).
   *
   * @throws IllegalArgumentException when the nesting is not rectangular or too deep
   */
  static ArrayShape flatten(Object value, Predicate<Object> isElement) {
    List<Integer> dims = new ArrayList<>();
    Object level = value;
    while (level != null && isNested(level, isElement)) {
      int n = length(level);
      dims.add(n);
      if (n == 0) {
        break;
      }
      level = get(level, 0);
    }
    if (dims.contains(0)) {
      if (dims.size() > 1 || length(value) != 0) {
        throw new IllegalArgumentException("array has an empty sub-array: " + describe(value));
      }
      return new ArrayShape(new int[0], new int[0], new Object[0]);
    }
    if (dims.size() > MAX_DIMENSIONS) {
      throw new IllegalArgumentException(
          "array has " + dims.size() + " dimensions, PostgreSQL allows " + MAX_DIMENSIONS);
    }
    int[] d = dims.stream().mapToInt(Integer::intValue).toArray();
    int total = 1;
    for (int n : d) {
      total = Math.multiplyExact(total, n);
    }
    Object[] out = new Object[total];
    int[] at = {0};
    collect(value, 0, d, isElement, out, at);
    return of(d, out);
  }

  private static void collect(
      Object level, int depth, int[] dims, Predicate<Object> isElement, Object[] out, int[] at) {
    if (depth == dims.length) {
      if (level != null && isNested(level, isElement)) {
        throw new IllegalArgumentException(
            "array is not rectangular: a value at depth " + depth + " is an array");
      }
      out[at[0]++] = level;
      return;
    }
    if (level == null || !isNested(level, isElement) || length(level) != dims[depth]) {
      throw new IllegalArgumentException(
          "array is not rectangular: dimension "
              + (depth + 1)
              + " has length "
              + dims[depth]
              + " and "
              + (level == null || !isNested(level, isElement) ? "a scalar" : length(level)));
    }
    for (int i = 0; i < dims[depth]; i++) {
      collect(get(level, i), depth + 1, dims, isElement, out, at);
    }
  }

  private static boolean isNested(Object value, Predicate<Object> isElement) {
    return isArrayValue(value) && !isElement.test(value);
  }

  private static int length(Object level) {
    return level instanceof List ? ((List<?>) level).size() : Array.getLength(level);
  }

  private static Object get(Object level, int index) {
    return level instanceof List ? ((List<?>) level).get(index) : Array.get(level, index);
  }

  private static String describe(Object value) {
    return value instanceof List ? value.toString() : Arrays.deepToString(new Object[] {value});
  }

  /** The total number of elements that dims hold. */
  static int count(int[] dims) {
    int total = dims.length == 0 ? 0 : 1;
    for (int n : dims) {
      total = Math.multiplyExact(total, n);
    }
    return total;
  }

  /**
   * The elements as nested Java arrays whose leaves are of the element codec's Java type: an {@code
   * Integer[]} for a one-dimensional int4[], an {@code Integer[][]} for two dimensions, an empty
   * {@code Integer[]} for an empty array.
   */
  Object toJava(PgCodec<?> element) {
    if (dims.length == 0) {
      return Array.newInstance(element.javaType(), 0);
    }
    Object result = Array.newInstance(element.javaType(), dims);
    int[] at = {0};
    fill(result, 0, at);
    return result;
  }

  private void fill(Object array, int depth, int[] at) {
    int n = dims[depth];
    for (int i = 0; i < n; i++) {
      if (depth == dims.length - 1) {
        Array.set(array, i, elements[at[0]++]);
      } else {
        fill(Array.get(array, i), depth + 1, at);
      }
    }
  }
}
