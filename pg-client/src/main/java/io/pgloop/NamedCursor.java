package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Future;

/**
 * A server-side cursor declared with SQL's {@code DECLARE}, from {@link
 * PgConnection#declareCursor}: rows are fetched on demand with {@code FETCH}, the position moved
 * with {@code MOVE}, and the cursor closed with {@code CLOSE}. Each call is one statement on the
 * connection, queued and pipelined with the others.
 *
 * <p>Without {@link CursorOptions#setWithHold(boolean) WITH HOLD} the cursor lives until the end of
 * the transaction that declared it; calls after that fail with the server's error (SQLSTATE 34000,
 * cursor does not exist). With hold, it lives until {@link #close()} or the end of the session.
 *
 * <p>Any thread may call; futures complete on the connection's context.
 */
@GenWrapper
public interface NamedCursor {

  /** The cursor's name, as given (unquoted). */
  String name();

  /**
   * Fetches in a direction that takes no count: {@code FETCH NEXT}, {@code PRIOR}, {@code FIRST},
   * {@code LAST}, {@code FORWARD ALL}, {@code BACKWARD ALL}, {@code ALL}.
   *
   * @return the rows fetched (none past either end); failed with an {@link
   *     IllegalArgumentException} when the direction takes a count, or with the server's error (a
   *     backward fetch on a cursor that cannot scroll: SQLSTATE 55000)
   */
  Future<RowSet<Row>> fetch(FetchDirection direction);

  /**
   * Fetches in a direction that takes a count: {@code FETCH ABSOLUTE n}, {@code RELATIVE n}, {@code
   * FORWARD n}, {@code BACKWARD n}.
   *
   * @return the rows fetched; failed with an {@link IllegalArgumentException} when the direction
   *     takes no count, else as {@link #fetch(FetchDirection)}
   */
  Future<RowSet<Row>> fetch(FetchDirection direction, long count);

  /**
   * Moves without fetching, as {@link #fetch(FetchDirection)} would.
   *
   * @return how many rows the move went over, from the server's {@code MOVE n} tag (for ABSOLUTE,
   *     RELATIVE, FIRST, LAST, NEXT, PRIOR: 1 when it lands on a row, else 0)
   */
  Future<Long> move(FetchDirection direction);

  /**
   * Moves without fetching, as {@link #fetch(FetchDirection, long)} would; see {@link
   * #move(FetchDirection)}.
   */
  Future<Long> move(FetchDirection direction, long count);

  /**
   * Closes the cursor ({@code CLOSE}), freeing what the server holds for it.
   *
   * @return a future failed with the server's error when the cursor no longer exists (its
   *     transaction ended, for a cursor without hold)
   */
  Future<Void> close();
}
