package io.pgloop;

import java.util.List;

/**
 * The result of one SQL statement: what the server reported (row count, command tag, the columns)
 * and the value made of its rows. A query of several statements, or a batch, gives one result per
 * statement, linked by {@link #next()}.
 *
 * <p>A result is read-only and complete when a query's future completes; it may be read from any
 * thread.
 *
 * @param <T> the value made of the rows: the rows themselves for a {@link RowSet}, what a {@link
 *     java.util.stream.Collector} made of them for a collecting query
 */
public interface SqlResult<T> {

  /**
   * The number of rows the statement affected or returned, from the server's CommandComplete
   * (INSERT, UPDATE, DELETE, MERGE, SELECT, COPY, FETCH, MOVE); 0 for other commands.
   */
  long rowCount();

  /**
   * The sum of {@link #rowCount()} over this result and every result after it ({@link #next()}):
   * for a batch, the rows all its executions affected or returned.
   */
  default long totalRowCount() {
    long total = 0;
    for (SqlResult<T> result = this; result != null; result = result.next()) {
      total += result.rowCount();
    }
    return total;
  }

  /** The number of rows received. */
  int size();

  /** The command tag of CommandComplete, such as {@code INSERT 0 3}, or the empty string. */
  String commandTag();

  /** The columns of the rows, empty for a statement that returns no rows. */
  List<ColumnDescriptor> columnDescriptors();

  /** The names of the columns, in order. */
  List<String> columnsNames();

  /** The value made of the rows. */
  T value();

  /** The result of the next statement of the same query or batch, or null when this is the last. */
  SqlResult<T> next();
}
