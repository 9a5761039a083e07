package io.pgloop.impl.result;

import io.pgloop.RowIterator;
import io.pgloop.RowSet;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * A {@link RowSet} over the array of rows the builder collected: the array is handed over, not
 * copied, and nothing else refers to it, which makes the set immutable without a wrapper.
 *
 * @param <R> the type of a row
 */
final class RowSetImpl<R> extends ResultImpl<RowSet<R>> implements RowSet<R> {

  private static final Object[] NO_ROWS = {};

  private final Object[] rows;
  private final int size;

  /**
   * @param rows the rows in {@code rows[0..size)}; null when there are none
   */
  RowSetImpl(RowDesc desc, Object[] rows, int size, String commandTag, long rowCount) {
    super(desc, commandTag, rowCount);
    this.rows = rows == null ? NO_ROWS : rows;
    this.size = size;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public RowSet<R> value() {
    return this;
  }

  @Override
  public RowSet<R> next() {
    return (RowSet<R>) super.next();
  }

  @Override
  public RowIterator<R> iterator() {
    return new RowIterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      @SuppressWarnings("unchecked")
      public R next() {
        if (next >= size) {
          throw new NoSuchElementException("no row after the " + size + " of this set");
        }
        return (R) rows[next++];
      }
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  public Stream<R> stream() {
    return (Stream<R>) Arrays.stream(rows, 0, size);
  }

  @Override
  public String toString() {
    return "RowSet[" + commandTag() + ", " + size + " rows]";
  }
}
