package io.pgloop.impl.connection;

import io.pgloop.PreparedQuery;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.SqlResult;
import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.result.ResultBuilder;
import io.pgloop.impl.result.ResultBuilders;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * A {@link PreparedQuery} of a connection with {@code client_side_binding}: its parameters are
 * rendered into the SQL text ({@link ClientSideBinder}) and the text runs in the simple protocol. A
 * batch becomes one simple query of the bound statements separated by semicolons: one implicit
 * transaction, a result per statement, as a server-side batch. Immutable.
 */
final class ClientSideQuery<T extends SqlResult<?>> implements PreparedQuery<T> {

  private final PgConnectionImpl connection;
  private final String sql;
  private final Function<CodecRegistry, ResultBuilder<T>> results;
  private final Duration timeout;

  private ClientSideQuery(
      PgConnectionImpl connection,
      String sql,
      Function<CodecRegistry, ResultBuilder<T>> results,
      Duration timeout) {
    this.connection = connection;
    this.sql = sql;
    this.results = results;
    this.timeout = timeout;
  }

  static PreparedQuery<RowSet<Row>> create(PgConnectionImpl connection, String sql) {
    return new ClientSideQuery<>(connection, sql, ResultBuilders::rows, null);
  }

  /**
   * Binds {@code parameters} into {@code sql} on the connection's event loop (where the server's
   * settings are read) and runs the text in the simple protocol.
   */
  static <T extends SqlResult<?>> Future<T> run(
      PgConnectionImpl connection,
      String sql,
      Tuple parameters,
      Function<CodecRegistry, ResultBuilder<T>> results,
      Duration timeout) {
    return runAll(connection, sql, List.of(parameters), results, timeout);
  }

  private static <T extends SqlResult<?>> Future<T> runAll(
      PgConnectionImpl connection,
      String sql,
      List<Tuple> executions,
      Function<CodecRegistry, ResultBuilder<T>> results,
      Duration timeout) {
    return connection.onEventLoop(
        () -> {
          CodecRegistry codecs = connection.codecs();
          boolean scs = connection.standardConformingStrings();
          StringBuilder text = new StringBuilder();
          for (Tuple parameters : executions) {
            if (text.length() > 0) {
              // A newline first: a trailing -- comment must not swallow the separator.
              text.append("\n;\n");
            }
            text.append(ClientSideBinder.bind(sql, parameters, codecs, scs));
          }
          return connection.submit(
              new SimpleQueryCommand<>(
                  connection.context().promise(), text.toString(), results.apply(codecs)),
              QueryTimeouts.effective(timeout, connection));
        });
  }

  @Override
  public Future<T> execute() {
    return execute(Tuple.tuple());
  }

  @Override
  public Future<T> execute(Tuple parameters) {
    return run(connection, sql, parameters, results, timeout);
  }

  @Override
  public Future<T> executeBatch(List<Tuple> batch) {
    if (batch.isEmpty()) {
      return connection.context().failedFuture(new IllegalArgumentException("the batch is empty"));
    }
    return runAll(connection, sql, List.copyOf(batch), results, timeout);
  }

  @Override
  public PreparedQuery<T> timeout(Duration timeout) {
    return new ClientSideQuery<>(connection, sql, results, QueryTimeouts.check(timeout));
  }

  @Override
  public <U> PreparedQuery<RowSet<U>> mapping(Function<Row, U> mapper) {
    return new ClientSideQuery<>(
        connection, sql, codecs -> ResultBuilders.mapping(codecs, mapper), timeout);
  }

  @Override
  public <R> PreparedQuery<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
    return new ClientSideQuery<>(
        connection, sql, codecs -> ResultBuilders.collecting(codecs, collector), timeout);
  }
}
