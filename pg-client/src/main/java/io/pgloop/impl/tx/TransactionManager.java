package io.pgloop.impl.tx;

import io.pgloop.PgConnectionException;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Transaction;
import io.pgloop.TransactionOptions;
import io.pgloop.impl.connection.PgConnectionImpl;
import io.pgloop.impl.protocol.backend.TransactionStatus;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The transactions begun through one connection: the open top-level one, with its nested ones
 * linked below it, and the counter that names savepoints. One per connection, touched on its event
 * loop only; public methods hop there.
 */
public final class TransactionManager {

  private final PgConnectionImpl connection;
  private final ContextInternal context;
  private TransactionImpl current;
  private int savepoints;

  /** The manager of {@code connection}, whose event-loop context is {@code context}. */
  public TransactionManager(PgConnectionImpl connection, ContextInternal context) {
    this.connection = connection;
    this.context = context;
  }

  /** See {@link io.pgloop.PgConnection#begin(TransactionOptions)}. Any thread. */
  public Future<Transaction> begin(TransactionOptions options) {
    String sql = options.toSql();
    return onContext(() -> beginOnLoop(sql));
  }

  private Future<Transaction> beginOnLoop(String sql) {
    if (current != null && current.isOpen()) {
      return context.failedFuture(
          new IllegalStateException(
              "a transaction is already open on this connection: end it first, or nest one in it"
                  + " with Transaction.begin()"));
    }
    TransactionImpl transaction = new TransactionImpl(this, null, null);
    current = transaction;
    return run(sql)
        .transform(
            ar -> {
              if (ar.succeeded()) {
                return context.succeededFuture(transaction);
              }
              transaction.end(ar.cause());
              return context.failedFuture(ar.cause());
            });
  }

  /**
   * Whether a transaction block is open, as far as the client can tell: one begun through this
   * connection and not yet ended, or one the server reported (a {@code BEGIN} sent as a query).
   * Event loop only.
   */
  public boolean inTransaction() {
    return (current != null && current.isOpen())
        || connection.transactionStatus() != TransactionStatus.IDLE;
  }

  /** The connection has closed: the server rolls back what was open. Event loop only. */
  public void connectionClosed() {
    if (current != null) {
      current.end(
          new PgConnectionException(
              "the connection closed with the transaction open; the server rolls it back"));
      current = null;
    }
  }

  void ended(TransactionImpl transaction) {
    if (current == transaction) {
      current = null;
    }
  }

  String nextSavepoint() {
    return "pgloop_sp_" + ++savepoints;
  }

  /**
   * Runs a transaction-control statement: simple protocol, and never the connection's default query
   * timeout, which is for the user's queries (cancelling a COMMIT would leave its outcome in
   * doubt).
   */
  Future<RowSet<Row>> run(String sql) {
    return connection.query(sql).timeout(Duration.ZERO).execute();
  }

  PgConnectionImpl connection() {
    return connection;
  }

  ContextInternal context() {
    return context;
  }

  /** Runs {@code action} on the connection's event loop, at once when already there. */
  <T> Future<T> onContext(Supplier<Future<T>> action) {
    return connection.onEventLoop(action);
  }
}
