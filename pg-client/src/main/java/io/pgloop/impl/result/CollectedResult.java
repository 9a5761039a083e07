package io.pgloop.impl.result;

/**
 * The result of a collecting query: the value a {@link java.util.stream.Collector} made of the
 * rows, which were not kept.
 *
 * @param <T> the collected value
 */
final class CollectedResult<T> extends ResultImpl<T> {

  private final T value;
  private final int size;

  CollectedResult(RowDesc desc, T value, int size, String commandTag, long rowCount) {
    super(desc, commandTag, rowCount);
    this.value = value;
    this.size = size;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public T value() {
    return value;
  }

  @Override
  public String toString() {
    return "SqlResult[" + commandTag() + ", " + size + " rows: " + value + "]";
  }
}
