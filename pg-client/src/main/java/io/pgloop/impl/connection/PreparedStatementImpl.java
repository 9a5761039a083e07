package io.pgloop.impl.connection;

import io.pgloop.ColumnDescriptor;
import io.pgloop.Cursor;
import io.pgloop.PreparedQuery;
import io.pgloop.PreparedStatement;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.RowStream;
import io.pgloop.Tuple;
import io.vertx.core.Future;
import java.util.List;

/** A statement prepared by {@link PgConnectionImpl#prepare}, bound to its connection. */
final class PreparedStatementImpl implements PreparedStatement {

  private final PgConnectionImpl connection;
  private final NamedStatement statement;

  PreparedStatementImpl(PgConnectionImpl connection, NamedStatement statement) {
    this.connection = connection;
    this.statement = statement;
  }

  PgConnectionImpl connection() {
    return connection;
  }

  NamedStatement statement() {
    return statement;
  }

  @Override
  public PreparedQuery<RowSet<Row>> query() {
    return PreparedQueryImpl.of(connection, statement);
  }

  @Override
  public Cursor cursor() {
    return cursor(Tuple.tuple());
  }

  @Override
  public Cursor cursor(Tuple parameters) {
    return new CursorImpl(connection, statement, parameters);
  }

  @Override
  public RowStream<Row> createStream(int fetchSize) {
    return createStream(fetchSize, Tuple.tuple());
  }

  @Override
  public RowStream<Row> createStream(int fetchSize, Tuple parameters) {
    if (fetchSize < 1) {
      throw new IllegalArgumentException("fetchSize must be at least 1: " + fetchSize);
    }
    return new RowStreamImpl(connection, statement, parameters, fetchSize);
  }

  @Override
  public List<ColumnDescriptor> columns() {
    return List.of(statement.columns());
  }

  @Override
  public int[] parameterTypes() {
    return statement.parameterTypes().clone();
  }

  @Override
  public Future<Void> close() {
    return connection.submit(new CloseStatementCommand(connection.context().promise(), statement));
  }

  @Override
  public String toString() {
    return "PreparedStatement[" + statement.name + ": " + statement.sql + "]";
  }
}
