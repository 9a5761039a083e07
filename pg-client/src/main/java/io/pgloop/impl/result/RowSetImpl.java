package io.pgloop.impl.result;

import io.pgloop.RowIterator;
import io.pgloop.RowSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A {@link RowSet} backed by the list of rows the builder collected.
 *
 * @param <R> the type of a row
 */
final class RowSetImpl<R> extends ResultImpl<RowSet<R>> implements RowSet<R> {

  private final List<R> rows;

  RowSetImpl(RowDesc desc, List<R> rows, String commandTag, long rowCount) {
    super(desc, commandTag, rowCount);
    this.rows = Collections.unmodifiableList(rows);
  }

  @Override
  public int size() {
    return rows.size();
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
    Iterator<R> it = rows.iterator();
    return new RowIterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public R next() {
        return it.next();
      }
    };
  }

  @Override
  public Stream<R> stream() {
    return rows.stream();
  }

  @Override
  public String toString() {
    return "RowSet[" + commandTag() + ", " + rows.size() + " rows]";
  }
}
