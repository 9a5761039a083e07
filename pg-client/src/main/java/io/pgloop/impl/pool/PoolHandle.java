package io.pgloop.impl.pool;

import io.pgloop.PgConnection;
import io.pgloop.PgPool;
import io.pgloop.PgPoolStats;
import io.pgloop.PreparedQuery;
import io.pgloop.Query;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.TransactionOptions;
import io.pgloop.spi.PgCodec;
import io.vertx.core.Future;
import io.vertx.core.internal.CloseFuture;
import java.util.function.Function;

/**
 * What {@link PgPool#pool} returns: the pool's API over a {@link ConnectionPool}. Closing the
 * handle closes its own close future, which closes the pool (a shared pool once every handle is
 * closed).
 */
final class PoolHandle implements PgPool {

  private final ConnectionPool pool;
  private final CloseFuture closeFuture;
  private final CloseFuture owner;

  PoolHandle(ConnectionPool pool, CloseFuture closeFuture, CloseFuture owner) {
    this.pool = pool;
    this.closeFuture = closeFuture;
    this.owner = owner;
  }

  @Override
  public Future<PgConnection> getConnection() {
    return pool.getConnection();
  }

  @Override
  public Query<RowSet<Row>> query(String sql) {
    return new PoolQuery<>(pool, connection -> connection.query(sql));
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
    return new PoolPreparedQuery<>(pool, connection -> connection.preparedQuery(sql));
  }

  @Override
  public <T> Future<T> withConnection(Function<PgConnection, Future<T>> function) {
    return getConnection()
        .compose(connection -> apply(function, connection).eventually(connection::close));
  }

  @Override
  public <T> Future<T> withTransaction(Function<PgConnection, Future<T>> function) {
    return withTransaction(new TransactionOptions(), function);
  }

  @Override
  public <T> Future<T> withTransaction(
      TransactionOptions options, Function<PgConnection, Future<T>> function) {
    return withConnection(
        connection ->
            connection
                .begin(options)
                .compose(
                    tx ->
                        apply(function, connection)
                            .transform(
                                ar ->
                                    ar.succeeded()
                                        ? tx.commit().map(ar.result())
                                        : tx.rollback()
                                            .transform(v -> Future.<T>failedFuture(ar.cause())))));
  }

  private static <T> Future<T> apply(
      Function<PgConnection, Future<T>> function, PgConnection connection) {
    try {
      Future<T> result = function.apply(connection);
      return result != null
          ? result
          : Future.failedFuture(new NullPointerException("the function returned a null future"));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  @Override
  public String name() {
    return pool.name();
  }

  @Override
  public int size() {
    return pool.size();
  }

  @Override
  public PgPoolStats stats() {
    return pool.stats();
  }

  @Override
  public PgPool setMaxSize(int maxSize) {
    pool.setMaxSize(maxSize);
    return this;
  }

  @Override
  public Future<Void> registerType(String typeName) {
    return pool.registrations().register(connection -> connection.registerType(typeName));
  }

  @Override
  public <E extends Enum<E>> Future<Void> registerEnum(String typeName, Class<E> enumClass) {
    return pool.registrations()
        .register(connection -> connection.registerEnum(typeName, enumClass));
  }

  @Override
  public <R extends Record> Future<Void> registerComposite(String typeName, Class<R> recordClass) {
    return pool.registrations()
        .register(connection -> connection.registerComposite(typeName, recordClass));
  }

  @Override
  public Future<Void> registerCodec(PgCodec<?> codec) {
    return pool.registrations().register(connection -> connection.registerCodec(codec));
  }

  @Override
  public Future<Void> close() {
    owner.remove(closeFuture);
    return closeFuture.close();
  }
}
