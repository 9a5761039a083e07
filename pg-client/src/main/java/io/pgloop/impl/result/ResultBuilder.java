package io.pgloop.impl.result;

import io.pgloop.ColumnDescriptor;
import io.pgloop.SqlResult;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.protocol.backend.DataRow;

/**
 * Builds the results of one command as its messages arrive; see {@link ResultBuilders} for the
 * three kinds. For each statement the connection calls {@link #begin} on RowDescription (absent for
 * a statement without rows), {@link #addRow} on each DataRow, and {@link #complete} on
 * CommandComplete (or with {@code ("", 0)} on EmptyQueryResponse). The results of successive
 * statements are linked in order by {@link SqlResult#next()}; {@link #result()} returns the first.
 *
 * <p>Not thread-safe: used on the connection's event loop only. A builder is used for one command.
 *
 * @param <S> the result of one statement
 */
public interface ResultBuilder<S extends SqlResult<?>> {

  /**
   * Starts the rows of a statement.
   *
   * @param columns the columns of RowDescription (kept, not copied)
   */
  void begin(ColumnDescriptor[] columns);

  /**
   * Starts the rows of a statement whose columns are already described: a named statement keeps its
   * {@link RowDesc}, so that runs of it do not build one each (it must have been made with the
   * registry this builder decodes with).
   */
  void begin(RowDesc columns);

  /**
   * Adds one row. The builder keeps the row's bytes (a row is a view over them) and never releases
   * them, so they must be in a heap buffer the connection does not reuse: a copy out of the
   * socket's buffer, not a slice of it.
   *
   * @param row the DataRow
   * @throws IllegalStateException when no {@link #begin} came first
   * @throws RuntimeException what a mapping function or collector throws; the connection then fails
   *     the command and stops feeding the builder
   */
  void addRow(DataRow row);

  /**
   * Ends the current statement: returns its result, linked after the previous statement's, and
   * makes the builder ready for the next statement.
   *
   * @param commandTag the tag of CommandComplete, such as {@code SELECT 3}
   * @param rowCount the row count parsed from that tag, 0 when it has none
   */
  S complete(String commandTag, long rowCount);

  /** The registry whose codecs decode the rows of this builder's results. */
  CodecRegistry registry();

  /** The result of the first completed statement (the others follow by next()), or null. */
  S result();
}
