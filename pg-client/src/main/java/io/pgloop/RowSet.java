package io.pgloop;

import java.util.stream.Stream;

/**
 * The rows of one statement's result, in the order received, with what the server reported about it
 * (see {@link SqlResult}); {@link #value()} is the row set itself.
 *
 * @param <R> the type of a row: {@link Row}, or what a mapping function made of each row
 */
public interface RowSet<R> extends Iterable<R>, SqlResult<RowSet<R>> {

  /** An iterator over the rows, first to last. */
  @Override
  RowIterator<R> iterator();

  /** The rows as a sequential stream. */
  Stream<R> stream();

  /** The rows of the next statement of the same query or batch, or null when this is the last. */
  @Override
  RowSet<R> next();
}
