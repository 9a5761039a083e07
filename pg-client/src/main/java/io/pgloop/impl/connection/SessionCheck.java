package io.pgloop.impl.connection;

import io.pgloop.PgConnection;
import io.pgloop.PgConnectionException;
import io.pgloop.TargetSessionAttrs;
import io.vertx.core.Future;

/**
 * Checks that a new connection matches {@code target_session_attrs}, as libpq does: from the {@code
 * default_transaction_read_only} and {@code in_hot_standby} parameters where the server reports
 * them (14 and later), else with a query.
 */
record SessionCheck(TargetSessionAttrs attrs) {

  /** The connection when it matches; else it is closed and the future fails with the reason. */
  Future<PgConnection> verify(PgConnection connection) {
    return switch (attrs) {
      case ANY, PREFER_STANDBY -> Future.succeededFuture(connection);
      case READ_WRITE ->
          readOnly(connection).compose(ro -> expect(connection, !ro, "session is read-only"));
      case READ_ONLY ->
          readOnly(connection).compose(ro -> expect(connection, ro, "session is not read-only"));
      case PRIMARY ->
          standby(connection)
              .compose(sb -> expect(connection, !sb, "server is in hot standby mode"));
      case STANDBY ->
          standby(connection)
              .compose(sb -> expect(connection, sb, "server is not in hot standby mode"));
    };
  }

  private static Future<PgConnection> expect(PgConnection connection, boolean ok, String reason) {
    if (ok) {
      return Future.succeededFuture(connection);
    }
    return connection
        .close()
        .transform(v -> Future.failedFuture(new PgConnectionException(reason)));
  }

  private static Future<Boolean> readOnly(PgConnection connection) {
    String reported = connection.parameterStatus("default_transaction_read_only");
    String standby = connection.parameterStatus("in_hot_standby");
    if (reported != null && standby != null) {
      return Future.succeededFuture("on".equals(reported) || "on".equals(standby));
    }
    return show(connection, "SHOW transaction_read_only");
  }

  private static Future<Boolean> standby(PgConnection connection) {
    String reported = connection.parameterStatus("in_hot_standby");
    if (reported != null) {
      return Future.succeededFuture("on".equals(reported));
    }
    return connection
        .query("SELECT CASE WHEN pg_catalog.pg_is_in_recovery() THEN 'on' ELSE 'off' END")
        .execute()
        .map(rows -> "on".equals(rows.iterator().next().getString(0)));
  }

  private static Future<Boolean> show(PgConnection connection, String sql) {
    return connection
        .query(sql)
        .execute()
        .map(rows -> "on".equals(rows.iterator().next().getString(0)));
  }
}
