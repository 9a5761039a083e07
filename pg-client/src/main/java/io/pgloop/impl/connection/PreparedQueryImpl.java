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

/** An extended-protocol query bound to its connection. */
final class PreparedQueryImpl<T extends SqlResult<?>> implements PreparedQuery<T> {

  private final PgConnectionImpl connection;
  private final String sql;
  private final Function<CodecRegistry, ResultBuilder<T>> results;
  private final NamedStatement statement;
  private final Duration timeout;

  private PreparedQueryImpl(
      PgConnectionImpl connection,
      String sql,
      Function<CodecRegistry, ResultBuilder<T>> results,
      NamedStatement statement,
      Duration timeout) {
    this.connection = connection;
    this.sql = sql;
    this.results = results;
    this.statement = statement;
    this.timeout = timeout;
  }

  static PreparedQuery<RowSet<Row>> create(PgConnectionImpl connection, String sql) {
    return new PreparedQueryImpl<>(connection, sql, ResultBuilders::rows, null, null);
  }

  /** Runs of a statement prepared explicitly: Bind and Execute only, with its parameter types. */
  static PreparedQuery<RowSet<Row>> of(PgConnectionImpl connection, NamedStatement statement) {
    return new PreparedQueryImpl<>(
        connection, statement.sql, ResultBuilders::rows, statement, null);
  }

  @Override
  public Future<T> execute() {
    return execute(Tuple.tuple());
  }

  @Override
  public Future<T> execute(Tuple parameters) {
    return run(List.of(parameters));
  }

  @Override
  public Future<T> executeBatch(List<Tuple> batch) {
    if (batch.isEmpty()) {
      return connection.context().failedFuture(new IllegalArgumentException("the batch is empty"));
    }
    return run(List.copyOf(batch));
  }

  private Future<T> run(List<Tuple> executions) {
    CodecRegistry codecs = connection.codecs();
    return connection.submit(
        new ExtendedQueryCommand<>(
            connection.context().promise(),
            sql,
            executions,
            () -> results.apply(codecs),
            statement),
        QueryTimeouts.effective(timeout, connection));
  }

  @Override
  public PreparedQuery<T> timeout(Duration timeout) {
    return new PreparedQueryImpl<>(
        connection, sql, results, statement, QueryTimeouts.check(timeout));
  }

  @Override
  public <U> PreparedQuery<RowSet<U>> mapping(Function<Row, U> mapper) {
    return new PreparedQueryImpl<>(
        connection, sql, codecs -> ResultBuilders.mapping(codecs, mapper), statement, timeout);
  }

  @Override
  public <R> PreparedQuery<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
    return new PreparedQueryImpl<>(
        connection,
        sql,
        codecs -> ResultBuilders.collecting(codecs, collector),
        statement,
        timeout);
  }
}
