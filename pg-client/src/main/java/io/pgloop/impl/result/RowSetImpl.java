package io.pgloop.impl.result;

import io.pgloop.RowIterator;
import io.pgloop.RowSet;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A {@link RowSet} over what the builder collected: the rows themselves kept as {@link RowRanges}
 * (a row made on each access), or the values a mapping made of them, handed over, not copied.
 * Nothing else refers to either, which makes the set immutable without a wrapper.
 *
 * @param <R> the type of a row
 */
final class RowSetImpl<R> extends ResultImpl<RowSet<R>> implements RowSet<R> {

  private final RowDesc desc;
  private final RowRanges ranges;
  private final SegmentedArray<Object> values;
  private final int size;

  private RowSetImpl(
      RowDesc desc,
      RowRanges ranges,
      SegmentedArray<Object> values,
      int size,
      String commandTag,
      long rowCount) {
    super(desc, commandTag, rowCount);
    this.desc = desc;
    this.ranges = ranges;
    this.values = values;
    this.size = size;
  }

  /** The rows of {@code ranges}, as rows. */
  static <R> RowSetImpl<R> ofRanges(
      RowDesc desc, RowRanges ranges, String commandTag, long rowCount) {
    return new RowSetImpl<>(desc, ranges, null, ranges.size(), commandTag, rowCount);
  }

  /** The rows or mapped values in {@code values}; null when there are none. */
  static <R> RowSetImpl<R> ofValues(
      RowDesc desc, SegmentedArray<Object> values, String commandTag, long rowCount) {
    int size = values == null ? 0 : values.size();
    return new RowSetImpl<>(desc, null, values, size, commandTag, rowCount);
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

  @SuppressWarnings("unchecked")
  private R at(int index) {
    return ranges != null ? (R) ranges.row(desc, index) : (R) values.get(index);
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
      public R next() {
        if (next >= size) {
          throw new NoSuchElementException("no row after the " + size + " of this set");
        }
        return at(next++);
      }
    };
  }

  @Override
  public Stream<R> stream() {
    return IntStream.range(0, size).mapToObj(this::at);
  }

  @Override
  public String toString() {
    return "RowSet[" + commandTag() + ", " + size + " rows]";
  }
}
