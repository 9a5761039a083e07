package io.pgloop.impl.pool;

import io.pgloop.PgConnectionException;
import io.pgloop.PgPoolOptions;
import io.pgloop.impl.connection.PgConnectionImpl;
import io.pgloop.impl.protocol.backend.TransactionStatus;
import io.vertx.core.Future;
import java.util.function.Function;

/**
 * What the pool does to a connection given back by its borrower before anyone else gets it: roll
 * back a transaction left open, then the configured reset SQL and reset handler. Runs on the
 * connection's event loop.
 */
final class Reset {

  private Reset() {}

  static Future<Void> run(PgConnectionImpl connection, PgPoolOptions options) {
    if (connection.isClosed()) {
      return Future.failedFuture(new PgConnectionException("the connection is closed"));
    }
    // The transaction status is only known once every command the borrower issued is answered:
    // an empty query queued behind them is the cheapest way to wait for that.
    Future<Void> settled =
        connection.pendingCommands() == 0
            ? Future.succeededFuture()
            : connection
                .query("")
                .execute()
                .<Void>mapEmpty()
                .recover(e -> Future.succeededFuture());
    return settled
        .compose(
            v ->
                connection.transactionStatus() != TransactionStatus.IDLE
                    ? TransactionSql.rollback(connection)
                    : Future.<Void>succeededFuture())
        .compose(
            v ->
                options.getResetSql() == null
                    ? Future.<Void>succeededFuture()
                    : connection.query(options.getResetSql()).execute().<Void>mapEmpty())
        .compose(v -> handler(connection, options.getResetHandler()));
  }

  private static Future<Void> handler(
      PgConnectionImpl connection, Function<io.pgloop.PgConnection, Future<Void>> handler) {
    if (handler == null) {
      return Future.succeededFuture();
    }
    try {
      Future<Void> result = handler.apply(connection);
      return result == null ? Future.succeededFuture() : result;
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }
}
