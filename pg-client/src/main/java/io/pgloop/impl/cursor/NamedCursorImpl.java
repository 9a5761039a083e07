package io.pgloop.impl.cursor;

import io.pgloop.CursorOptions;
import io.pgloop.FetchDirection;
import io.pgloop.NamedCursor;
import io.pgloop.PgInvalidTransactionStateException;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Tuple;
import io.pgloop.impl.connection.PgConnectionImpl;
import io.vertx.core.Future;

/**
 * A cursor declared with DECLARE. FETCH runs in the extended protocol, so rows come in binary where
 * their types allow, typed as any prepared query's; MOVE and CLOSE return no rows and run in the
 * simple one.
 */
public final class NamedCursorImpl implements NamedCursor {

  private final PgConnectionImpl connection;
  private final String name;
  private final String quotedName;

  private NamedCursorImpl(PgConnectionImpl connection, String name, String quotedName) {
    this.connection = connection;
    this.name = name;
    this.quotedName = quotedName;
  }

  /** See {@link io.pgloop.PgConnection#declareCursor(String, String, Tuple, CursorOptions)}. */
  public static Future<NamedCursor> declare(
      PgConnectionImpl connection,
      String name,
      String sql,
      Tuple parameters,
      CursorOptions options) {
    String quoted;
    try {
      quoted = CursorSql.quote(name);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(e);
    }
    String declare = CursorSql.declare(quoted, sql, new CursorOptions(options));
    boolean withHold = options.isWithHold();
    return connection.onEventLoop(
        () -> {
          // A cursor without hold is closed at the end of the statement's implicit transaction:
          // the server refuses it outside a block (25P01). Say why, and send nothing.
          if (!withHold && !connection.transactions().inTransaction()) {
            return Future.failedFuture(
                new PgInvalidTransactionStateException(
                    "25P01",
                    "cursor \""
                        + name
                        + "\" is declared WITHOUT HOLD, so it needs an open transaction, and"
                        + " none is: begin() one first, or declare the cursor WITH HOLD",
                    null));
          }
          return connection
              .preparedQuery(declare)
              .execute(parameters)
              .map(done -> new NamedCursorImpl(connection, name, quoted));
        });
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Future<RowSet<Row>> fetch(FetchDirection direction) {
    return fetch(direction, 0, false);
  }

  @Override
  public Future<RowSet<Row>> fetch(FetchDirection direction, long count) {
    return fetch(direction, count, true);
  }

  private Future<RowSet<Row>> fetch(FetchDirection direction, long count, boolean counted) {
    String sql;
    try {
      sql = CursorSql.position("FETCH", checked(direction, counted), count, quotedName);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(e);
    }
    return connection.preparedQuery(sql).execute();
  }

  @Override
  public Future<Long> move(FetchDirection direction) {
    return move(direction, 0, false);
  }

  @Override
  public Future<Long> move(FetchDirection direction, long count) {
    return move(direction, count, true);
  }

  private Future<Long> move(FetchDirection direction, long count, boolean counted) {
    String sql;
    try {
      sql = CursorSql.position("MOVE", checked(direction, counted), count, quotedName);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(e);
    }
    return connection.query(sql).execute().map(RowSet::rowCount);
  }

  @Override
  public Future<Void> close() {
    return connection.query("CLOSE " + quotedName).execute().mapEmpty();
  }

  private static FetchDirection checked(FetchDirection direction, boolean counted) {
    if (direction == null) {
      throw new IllegalArgumentException("the fetch direction must not be null");
    }
    if (direction.takesCount() != counted) {
      throw new IllegalArgumentException(
          direction.takesCount()
              ? direction + " needs a count: use the method that takes one"
              : direction + " takes no count: use the method without one");
    }
    return direction;
  }

  @Override
  public String toString() {
    return "NamedCursor[" + quotedName + "]";
  }
}
