package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.PgException;
import io.pgloop.PgProtocolException;
import io.pgloop.SqlResult;
import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.protocol.backend.BackendMessage;
import io.pgloop.impl.protocol.backend.BindComplete;
import io.pgloop.impl.protocol.backend.CommandComplete;
import io.pgloop.impl.protocol.backend.DataRow;
import io.pgloop.impl.protocol.backend.EmptyQueryResponse;
import io.pgloop.impl.protocol.backend.ErrorResponse;
import io.pgloop.impl.protocol.backend.NoData;
import io.pgloop.impl.protocol.backend.ParseComplete;
import io.pgloop.impl.protocol.backend.ReadyForQuery;
import io.pgloop.impl.protocol.backend.RowDescription;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.pgloop.impl.result.ResultBuilder;
import io.vertx.core.Promise;
import java.util.List;

/**
 * A statement in the extended protocol, run once or once per tuple of a batch, all in one write:
 *
 * <pre>
 * → Parse (Bind Describe(portal) Execute)+ Sync
 * ← ParseComplete (BindComplete (RowDescription | NoData) DataRow* CommandComplete)+ ReadyForQuery
 * </pre>
 *
 * Parsing travels with the execution, so a statement never costs an extra round trip and never
 * holds up the commands behind it. On an error the server skips to the Sync: the batch is one
 * implicit transaction, and the command fails with the first error.
 */
final class ExtendedQueryCommand<T extends SqlResult<?>> extends Command<T> {

  private static final String UNNAMED = "";

  private final String sql;
  private final List<Tuple> executions;
  private final ResultBuilder<T> results;
  private PgException error;

  ExtendedQueryCommand(
      Promise<T> promise, String sql, List<Tuple> executions, ResultBuilder<T> results) {
    super(promise);
    this.sql = sql;
    this.executions = executions;
    this.results = results;
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    CodecRegistry codecs = connection.codecs();
    int[] types = ParameterTypes.infer(executions, codecs);
    short[] resultFormats = {connection.resultFormats().formatFor(sql)};
    FrontendMessages.parse(out, UNNAMED, sql, types);
    for (Tuple parameters : executions) {
      ParameterBinder binder = new ParameterBinder(parameters, types, codecs);
      FrontendMessages.bind(
          out, UNNAMED, UNNAMED, binder.formats(), parameters.size(), binder, resultFormats);
      FrontendMessages.describe(out, 'P', UNNAMED);
      FrontendMessages.execute(out, UNNAMED, 0);
    }
    FrontendMessages.sync(out);
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    if (message instanceof DataRow row) {
      results.addRow(row.payload());
    } else if (message instanceof CommandComplete complete) {
      results.complete(complete.tag(), complete.rows());
    } else if (message instanceof RowDescription description) {
      connection.resultFormats().learn(sql, description.columns(), connection.codecs());
      results.begin(description.columns());
    } else if (message instanceof NoData) {
      connection.resultFormats().learnNoData(sql);
    } else if (message instanceof ParseComplete || message instanceof BindComplete) {
      return false;
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
    } else {
      throw new PgProtocolException(
          "unexpected " + message.getClass().getSimpleName() + " in reply to an extended query");
    }
    return false;
  }

  @Override
  boolean mayEndFailedTransaction() {
    return FailedTransaction.mayEnd(sql);
  }
}
