package io.pgloop.impl.pool;

import io.pgloop.PgConnection;
import io.vertx.core.Future;

/**
 * The one place where the pool begins, commits and rolls back transactions, with SQL of its own.
 * When {@code PgConnection.begin(TransactionOptions)} exists, these three methods switch to it and
 * nothing else in the pool changes.
 */
final class TransactionSql {

  private TransactionSql() {}

  static Future<Void> begin(PgConnection connection) {
    return connection.query("BEGIN").execute().mapEmpty();
  }

  /**
   * Commits. PostgreSQL answers COMMIT in a failed transaction with a ROLLBACK tag and no error:
   * that case fails here, so that a caller who swallowed a statement's error does not believe its
   * changes were kept.
   */
  static Future<Void> commit(PgConnection connection) {
    return connection
        .query("COMMIT")
        .execute()
        .compose(
            result ->
                "ROLLBACK".equals(result.commandTag())
                    ? Future.failedFuture(
                        new IllegalStateException(
                            "COMMIT rolled the transaction back: a statement in it had failed"))
                    : Future.succeededFuture());
  }

  static Future<Void> rollback(PgConnection connection) {
    return connection.query("ROLLBACK").execute().mapEmpty();
  }
}
