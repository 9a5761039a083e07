package io.pgloop.impl.result;

import io.pgloop.ColumnDescriptor;
import io.pgloop.SqlResult;
import java.util.List;

/**
 * What every result holds besides its value: the server's report of the statement and the link to
 * the next statement's result, set by the builder.
 *
 * @param <T> the value made of the rows
 */
abstract class ResultImpl<T> implements SqlResult<T> {

  private final RowDesc desc;
  private final String commandTag;
  private final long rowCount;
  private SqlResult<T> next;

  ResultImpl(RowDesc desc, String commandTag, long rowCount) {
    this.desc = desc;
    this.commandTag = commandTag == null ? "" : commandTag;
    this.rowCount = rowCount;
  }

  @Override
  public long rowCount() {
    return rowCount;
  }

  @Override
  public String commandTag() {
    return commandTag;
  }

  @Override
  public List<ColumnDescriptor> columnDescriptors() {
    return desc == null ? List.of() : desc.columns();
  }

  @Override
  public List<String> columnsNames() {
    return desc == null ? List.of() : desc.names();
  }

  @Override
  public SqlResult<T> next() {
    return next;
  }

  /** Links the result of the following statement; set once, before the result is published. */
  void link(SqlResult<T> following) {
    this.next = following;
  }
}
