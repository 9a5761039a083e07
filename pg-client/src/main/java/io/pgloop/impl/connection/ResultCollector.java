package io.pgloop.impl.connection;

import io.pgloop.ColumnDescriptor;
import io.pgloop.impl.protocol.backend.DataRow;

/**
 * Gathers the results of one command as its messages arrive: one result per statement (or per
 * execution of a batch), linked in order.
 *
 * @param <T> the result the command completes with
 */
interface ResultCollector<T> {

  /** The columns of the statement whose rows follow (RowDescription). */
  void columns(ColumnDescriptor[] columns);

  /** One row of the current statement. */
  void row(DataRow row);

  /** The current statement is done: CommandComplete, or an empty query (tag ""). */
  void statementDone(String commandTag, long rowCount);

  /** The first statement's result, the next ones linked to it. */
  T result();
}
