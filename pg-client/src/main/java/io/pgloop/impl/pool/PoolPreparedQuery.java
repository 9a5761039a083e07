package io.pgloop.impl.pool;

import io.pgloop.PgConnection;
import io.pgloop.PreparedQuery;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.SqlResult;
import io.pgloop.Tuple;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * An extended-protocol query of the pool: each execution (or batch) runs on one connection the pool
 * picks.
 */
final class PoolPreparedQuery<T> implements PreparedQuery<T> {

  private final ConnectionPool pool;
  private final Function<PgConnection, PreparedQuery<T>> onConnection;

  PoolPreparedQuery(ConnectionPool pool, Function<PgConnection, PreparedQuery<T>> onConnection) {
    this.pool = pool;
    this.onConnection = onConnection;
  }

  @Override
  public Future<T> execute() {
    return pool.queries().run(connection -> onConnection.apply(connection).execute());
  }

  @Override
  public Future<T> execute(Tuple parameters) {
    return pool.queries().run(connection -> onConnection.apply(connection).execute(parameters));
  }

  @Override
  public Future<T> executeBatch(List<Tuple> batch) {
    return pool.queries().run(connection -> onConnection.apply(connection).executeBatch(batch));
  }

  @Override
  public <U> PreparedQuery<RowSet<U>> mapping(Function<Row, U> mapper) {
    return new PoolPreparedQuery<>(
        pool, connection -> onConnection.apply(connection).mapping(mapper));
  }

  @Override
  public <R> PreparedQuery<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
    return new PoolPreparedQuery<>(
        pool, connection -> onConnection.apply(connection).collecting(collector));
  }

  @Override
  public PreparedQuery<T> timeout(Duration timeout) {
    return new PoolPreparedQuery<>(
        pool, connection -> onConnection.apply(connection).timeout(timeout));
  }
}
