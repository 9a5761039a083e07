package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.PgException;
import io.pgloop.PgProtocolException;
import io.pgloop.SqlResult;
import io.pgloop.impl.copy.CopySql;
import io.pgloop.impl.protocol.backend.BackendMessage;
import io.pgloop.impl.protocol.backend.CommandComplete;
import io.pgloop.impl.protocol.backend.CopyData;
import io.pgloop.impl.protocol.backend.CopyDone;
import io.pgloop.impl.protocol.backend.CopyResponse;
import io.pgloop.impl.protocol.backend.DataRow;
import io.pgloop.impl.protocol.backend.EmptyQueryResponse;
import io.pgloop.impl.protocol.backend.ErrorResponse;
import io.pgloop.impl.protocol.backend.ReadyForQuery;
import io.pgloop.impl.protocol.backend.RowDescription;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.pgloop.impl.result.ResultBuilder;
import io.vertx.core.Promise;

/**
 * A query in the simple protocol ('Q'): one or more statements, results in text.
 *
 * <pre>
 * → Query
 * ← (RowDescription DataRow* CommandComplete | EmptyQueryResponse)* [ErrorResponse] ReadyForQuery
 * </pre>
 */
final class SimpleQueryCommand<T extends SqlResult<?>> extends Command<T> {

  private final String sql;
  private final ResultBuilder<T> results;
  private PgException error;

  SimpleQueryCommand(Promise<T> promise, String sql, ResultBuilder<T> results) {
    super(promise);
    this.sql = sql;
    this.results = results;
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    FrontendMessages.query(out, sql);
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    if (message instanceof DataRow row) {
      results.addRow(row);
    } else if (message instanceof RowDescription description) {
      results.begin(description.columns());
    } else if (message instanceof CommandComplete complete) {
      results.complete(complete.tag(), complete.rows());
    } else if (message instanceof EmptyQueryResponse) {
      results.complete("", 0);
    } else if (message instanceof ErrorResponse response) {
      error = PgException.of(response.fields());
    } else if (message instanceof ReadyForQuery) {
      if (error != null) {
        promise.tryFail(error);
      } else {
        promise.tryComplete(results.result());
      }
      return true;
    } else if (message instanceof CopyResponse copy) {
      refuseCopy(copy, connection);
    } else if (!(message instanceof CopyData) && !(message instanceof CopyDone)) {
      throw new PgProtocolException(
          "unexpected " + message.getClass().getSimpleName() + " in reply to a simple query");
    }
    return false;
  }

  private static void refuseCopy(CopyResponse copy, PgConnectionImpl connection) {
    if (copy.kind() == CopyResponse.Kind.IN) {
      // The server waits for data: refuse, and it answers with an error then ReadyForQuery.
      connection.writeNow(
          out ->
              FrontendMessages.copyFail(
                  out, "COPY FROM STDIN is not supported by query(); use copyIn()"));
    }
  }

  /** Nothing may follow a COPY FROM STDIN on the wire: the server would take it as COPY data. */
  @Override
  boolean holdsConnection() {
    return CopySql.mayCopyFromStdin(sql);
  }

  @Override
  boolean mayEndFailedTransaction() {
    return FailedTransaction.mayEnd(sql);
  }
}
