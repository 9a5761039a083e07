package io.pgloop.impl.result;

import io.pgloop.Tuple;
import java.util.ArrayList;

/**
 * The {@link Tuple} of the public API, backed by an ArrayList. Two tuples are equal when their
 * values are, in order.
 */
public final class ArrayTuple implements Tuple {

  private final ArrayList<Object> values;

  /** An empty tuple with room for capacity values. */
  public ArrayTuple(int capacity) {
    values = new ArrayList<>(capacity);
  }

  @Override
  public Tuple addValue(Object value) {
    values.add(value);
    return this;
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public Object getValue(int pos) {
    if (pos < 0 || pos >= values.size()) {
      throw new IndexOutOfBoundsException(
          "position " + pos + " out of range: the tuple has " + values.size() + " values");
    }
    return values.get(pos);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArrayTuple && ((ArrayTuple) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Tuple" + values;
  }
}
