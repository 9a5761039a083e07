package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Future;

/**
 * Reads the rows of a prepared statement a chunk at a time, through a portal on the server.
 *
 * <p>The first {@link #read} binds the portal; each read executes it for at most {@code count} more
 * rows. A portal lives only as long as its transaction, so while a cursor is open its connection
 * sends nothing else: other queries wait in the connection's queue until the cursor is exhausted or
 * closed. Outside a transaction block, the cursor runs in an implicit transaction of its own;
 * inside one (after {@code BEGIN}), in that transaction. Close a cursor that is not read to its
 * end: {@link PgConnection#close()} too waits for an open cursor to be closed.
 *
 * <p>Any thread may call; one read at a time. Futures complete on the connection's context.
 */
@GenWrapper
public interface Cursor {

  /**
   * Reads up to {@code count} more rows.
   *
   * @return the rows (fewer than count at the end; none once exhausted); failed with the server's
   *     {@link PgException} (the cursor is then closed), with {@link IllegalStateException} when
   *     the cursor is closed or another read is in progress, or {@link IllegalArgumentException}
   *     when count is below 1
   */
  Future<RowSet<Row>> read(int count);

  /** Whether rows may remain: true until a read reaches the end of the rows. */
  boolean hasMore();

  /**
   * Closes the portal (or, once exhausted, just waits for its end) and frees the connection for the
   * queries queued behind it.
   *
   * @return a future completed when the server has closed the portal
   */
  Future<Void> close();
}
