package io.pgloop.impl.pool;

import io.pgloop.PgConnection;
import io.pgloop.Query;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.SqlResult;
import io.pgloop.Tuple;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * A simple-protocol query of the pool: on {@link #execute()}, the pool picks a connection, builds
 * the query on it and runs it there.
 */
final class PoolQuery<T> implements Query<T> {

  private final ConnectionPool pool;
  private final Function<PgConnection, Query<T>> onConnection;

  PoolQuery(ConnectionPool pool, Function<PgConnection, Query<T>> onConnection) {
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
  public <U> Query<RowSet<U>> mapping(Function<Row, U> mapper) {
    return new PoolQuery<>(pool, connection -> onConnection.apply(connection).mapping(mapper));
  }

  @Override
  public <R> Query<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
    return new PoolQuery<>(
        pool, connection -> onConnection.apply(connection).collecting(collector));
  }

  @Override
  public Query<T> timeout(Duration timeout) {
    return new PoolQuery<>(pool, connection -> onConnection.apply(connection).timeout(timeout));
  }
}
