package io.pgloop.impl.pool;

import io.pgloop.PgConnectionException;
import io.pgloop.PgException;

/**
 * Which failures mean the connection cannot be used again: SQLSTATE class 08 (every client-side
 * connection failure and protocol error is one), and the server's shutdown codes 57P01
 * (admin_shutdown, as after {@code pg_terminate_backend}), 57P02 (crash_shutdown) and 57P03
 * (cannot_connect_now).
 */
final class BrokenConnections {

  private BrokenConnections() {}

  static boolean isBroken(Throwable failure) {
    if (failure instanceof PgConnectionException) {
      return true;
    }
    if (failure instanceof PgException pg) {
      String state = pg.sqlState();
      return state != null
          && (state.startsWith("08")
              || state.equals("57P01")
              || state.equals("57P02")
              || state.equals("57P03"));
    }
    return false;
  }
}
