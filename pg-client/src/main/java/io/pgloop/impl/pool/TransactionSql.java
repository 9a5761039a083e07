package io.pgloop.impl.pool;

import io.pgloop.PgConnection;
import io.vertx.core.Future;

/**
 * The rollback of a connection given back inside a transaction it opened with SQL of its own (a
 * {@code BEGIN} query), which no {@link io.pgloop.Transaction} object tracks.
 */
final class TransactionSql {

  private TransactionSql() {}

  static Future<Void> rollback(PgConnection connection) {
    return connection.query("ROLLBACK").execute().mapEmpty();
  }
}
