package io.pgloop.impl.connection;

import io.pgloop.ColumnDescriptor;
import io.pgloop.SqlResult;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.protocol.backend.DataRow;
import io.pgloop.impl.result.ResultBuilder;
import io.pgloop.impl.result.RowDesc;

/**
 * The results of several executions of one statement seen as one: a single result whose row count
 * is their sum, with the command tag of the last. For a batch run in its set-based form ({@link
 * BatchInsert}), whose executions are chunks of the caller's tuples, not the tuples themselves.
 */
final class SummedResults<S extends SqlResult<?>> implements ResultBuilder<S> {

  private final ResultBuilder<S> results;
  private final int executions;
  private int completed;
  private long rows;

  SummedResults(ResultBuilder<S> results, int executions) {
    this.results = results;
    this.executions = executions;
  }

  @Override
  public void begin(ColumnDescriptor[] columns) {
    results.begin(columns);
  }

  @Override
  public void begin(RowDesc columns) {
    results.begin(columns);
  }

  @Override
  public void addRow(DataRow row) {
    results.addRow(row);
  }

  @Override
  public S complete(String commandTag, long rowCount) {
    rows += rowCount;
    if (++completed < executions) {
      return null;
    }
    int count = commandTag.lastIndexOf(' ');
    String tag = count < 0 ? commandTag : commandTag.substring(0, count + 1) + rows;
    return results.complete(tag, rows);
  }

  @Override
  public CodecRegistry registry() {
    return results.registry();
  }

  @Override
  public S result() {
    return results.result();
  }
}
