package io.pgloop.impl.connection;

import io.pgloop.Query;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.SqlResult;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.result.ResultBuilder;
import io.pgloop.impl.result.ResultBuilders;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Collector;

/** A simple-protocol query bound to its connection. */
final class QueryImpl<T extends SqlResult<?>> implements Query<T> {

  private final PgConnectionImpl connection;
  private final String sql;
  private final Function<CodecRegistry, ResultBuilder<T>> results;
  private final Duration timeout;

  private QueryImpl(
      PgConnectionImpl connection, String sql, Function<CodecRegistry, ResultBuilder<T>> results) {
    this(connection, sql, results, null);
  }

  private QueryImpl(
      PgConnectionImpl connection,
      String sql,
      Function<CodecRegistry, ResultBuilder<T>> results,
      Duration timeout) {
    this.connection = connection;
    this.sql = sql;
    this.results = results;
    this.timeout = timeout;
  }

  static Query<RowSet<Row>> simple(PgConnectionImpl connection, String sql) {
    return new QueryImpl<>(connection, sql, ResultBuilders::rows);
  }

  @Override
  public Future<T> execute() {
    return connection.submit(
        new SimpleQueryCommand<>(
            connection.context().promise(), sql, results.apply(connection.codecs())),
        QueryTimeouts.effective(timeout, connection));
  }

  @Override
  public Future<T> execute(io.pgloop.Tuple parameters) {
    return ClientSideQuery.run(connection, sql, parameters, results, timeout);
  }

  @Override
  public Query<T> timeout(Duration timeout) {
    return new QueryImpl<>(connection, sql, results, QueryTimeouts.check(timeout));
  }

  @Override
  public <U> Query<RowSet<U>> mapping(Function<Row, U> mapper) {
    return new QueryImpl<>(
        connection, sql, codecs -> ResultBuilders.mapping(codecs, mapper), timeout);
  }

  @Override
  public <R> Query<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
    return new QueryImpl<>(
        connection, sql, codecs -> ResultBuilders.collecting(codecs, collector), timeout);
  }
}
