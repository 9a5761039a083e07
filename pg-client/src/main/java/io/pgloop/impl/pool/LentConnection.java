package io.pgloop.impl.pool;

import io.pgloop.CopyIn;
import io.pgloop.CopyOut;
import io.pgloop.CursorOptions;
import io.pgloop.NamedCursor;
import io.pgloop.PgConnection;
import io.pgloop.PgNotice;
import io.pgloop.PgNotification;
import io.pgloop.PreparedQuery;
import io.pgloop.PreparedStatement;
import io.pgloop.Query;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Transaction;
import io.pgloop.TransactionOptions;
import io.pgloop.Tuple;
import io.pgloop.spi.PgCodec;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import java.util.Map;

/**
 * What a borrower holds: the pool's connection, whose {@link #close()} gives it back instead of
 * closing it. Once given back, every method that would use the connection throws {@link
 * IllegalStateException}, so a borrower that kept a reference cannot disturb the next one.
 */
final class LentConnection implements PgConnection {

  private final ConnectionPool pool;
  private final PooledConnection pooled;
  private volatile boolean givenBack;
  private Future<Void> giveBack;

  LentConnection(ConnectionPool pool, PooledConnection pooled) {
    this.pool = pool;
    this.pooled = pooled;
  }

  private PgConnection connection() {
    if (givenBack) {
      throw new IllegalStateException(
          "this connection was given back to pool '" + pool.name() + "' and cannot be used");
    }
    return pooled.connection;
  }

  @Override
  public Query<RowSet<Row>> query(String sql) {
    return connection().query(sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
    return connection().preparedQuery(sql);
  }

  @Override
  public PgConnection noticeHandler(Handler<PgNotice> handler) {
    connection().noticeHandler(handler);
    return this;
  }

  @Override
  public PgConnection notificationHandler(Handler<PgNotification> handler) {
    connection().notificationHandler(handler);
    return this;
  }

  /** The handler runs if the connection closes (breaks) while lent, not when it is given back. */
  @Override
  public PgConnection closeHandler(Handler<Void> handler) {
    connection();
    pool.borrowerCloseHandler(pooled, handler);
    return this;
  }

  @Override
  public PgConnection exceptionHandler(Handler<Throwable> handler) {
    connection().exceptionHandler(handler);
    return this;
  }

  @Override
  public int processId() {
    return pooled.connection.processId();
  }

  @Override
  public String parameterStatus(String name) {
    return pooled.connection.parameterStatus(name);
  }

  @Override
  public Map<String, String> parameterStatuses() {
    return pooled.connection.parameterStatuses();
  }

  @Override
  public int serverVersionNumber() {
    return pooled.connection.serverVersionNumber();
  }

  @Override
  public boolean isSsl() {
    return pooled.connection.isSsl();
  }

  @Override
  public int protocolMinorVersion() {
    return pooled.connection.protocolMinorVersion();
  }

  /** True once given back, or when the pool's connection closed. */
  @Override
  public boolean isClosed() {
    return givenBack || pooled.connection.isClosed();
  }

  /**
   * Gives the connection back to the pool, which rolls back an open transaction and runs the reset.
   * Idempotent.
   *
   * @return a future completed once the connection is back in the pool (or closed, when it was
   *     broken or its reset failed); it never fails
   */
  @Override
  public synchronized Future<Void> close() {
    if (giveBack == null) {
      givenBack = true;
      pooled.connection.noticeHandler(null);
      pooled.connection.notificationHandler(null);
      pooled.connection.exceptionHandler(null);
      giveBack = pool.giveBack(pooled);
    }
    return giveBack;
  }

  @Override
  public Future<Transaction> begin(TransactionOptions options) {
    return connection().begin(options);
  }

  @Override
  public Future<NamedCursor> declareCursor(
      String name, String sql, Tuple parameters, CursorOptions options) {
    return connection().declareCursor(name, sql, parameters, options);
  }

  @Override
  public Future<Void> cancelRequest() {
    return connection().cancelRequest();
  }

  @Override
  public Future<PreparedStatement> prepare(String sql) {
    return connection().prepare(sql);
  }

  @Override
  public <T> Future<T> pipeline(java.util.function.Function<io.pgloop.Pipeline, Future<T>> block) {
    return connection().pipeline(block);
  }

  @Override
  public Future<CopyIn> copyIn(String sql) {
    return connection().copyIn(sql);
  }

  @Override
  public Future<CopyOut> copyOut(String sql) {
    return connection().copyOut(sql);
  }

  @Override
  public Future<Void> registerType(String typeName) {
    return connection().registerType(typeName);
  }

  @Override
  public <E extends Enum<E>> Future<Void> registerEnum(String typeName, Class<E> enumClass) {
    return connection().registerEnum(typeName, enumClass);
  }

  @Override
  public <R extends Record> Future<Void> registerComposite(String typeName, Class<R> recordClass) {
    return connection().registerComposite(typeName, recordClass);
  }

  @Override
  public Future<Void> registerCodec(PgCodec<?> codec) {
    return connection().registerCodec(codec);
  }
}
