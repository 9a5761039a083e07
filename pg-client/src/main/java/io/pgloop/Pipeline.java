package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Future;

/**
 * The explicit pipeline of {@link PgConnection#pipeline}: statements queued here are sent at once,
 * one after the other, without waiting for their results and without a Sync between them; each has
 * its own future. The model is libpq's and psycopg's pipeline mode.
 *
 * <h2>Segments and syncs</h2>
 *
 * {@link #sync()} ends a <em>segment</em> (the statements queued since the previous sync) with a
 * Sync message; the pipeline block ends with one too. The server runs the statements in the order
 * they were queued, and their futures complete in that order, as results arrive (the client asks
 * the server to send its output once per event-loop turn with a Flush message, so a statement's
 * future does not wait for the next sync, and a block may wait for one result before queuing the
 * next statement).
 *
 * <h2>Errors</h2>
 *
 * When a statement fails, its future fails with the server's {@link PgException}, and the server
 * skips every later statement until the next Sync: their futures fail with a {@link
 * PgPipelineAbortedException} ("pipeline aborted: an earlier statement failed"), whether they were
 * queued before the error arrived or after. The sync that ends the segment still succeeds, and the
 * statements after it run normally.
 *
 * <h2>Transactions</h2>
 *
 * Outside an explicit transaction, a segment is one implicit transaction that commits at its Sync:
 * when a statement fails, the statements before it <em>in the same segment</em> are rolled back
 * too, and the segments synced before it stay committed. Sync often to commit in small units, or
 * once to make the whole pipeline atomic. Inside a transaction ({@link PgConnection#begin()}, or a
 * {@code BEGIN} queued in the pipeline), a Sync does not commit, and an error fails the transaction
 * as usual: later statements, in later segments too, fail with the server's 25P02 until it is
 * rolled back. Statements that refuse to run in a transaction block ({@code VACUUM}, {@code CREATE
 * DATABASE}) belong in a segment of their own, or outside the pipeline.
 *
 * <h2>What a pipeline accepts</h2>
 *
 * Statements go through the extended protocol, so each SQL text holds one statement; automatic
 * preparation ({@link PgConnectOptions#getPrepareThreshold()}) applies as it does outside a
 * pipeline, except that a stale prepared statement (0A000, 26000) fails instead of being retried.
 * Statements prepared explicitly run through {@link #preparedQuery(PreparedStatement)}.
 *
 * <h2>Timeouts</h2>
 *
 * A statement runs with its {@link PreparedQuery#timeout own timeout}, else the connection's {@link
 * PgConnectOptions#setQueryTimeout default}, counted from when it is queued, so that the time it
 * waits behind the statements before it counts. Past it, the statement fails with a {@link
 * PgQueryTimeoutException}: if it was not written yet it is dropped and never runs, and the segment
 * goes on; if it was, the server is sent a cancel request once the statement is the one it
 * executes, and the cancelled statement aborts the rest of its segment, as any error does.
 *
 * <p>The pipeline holds its connection from its start to its final sync: other commands issued on
 * the connection meanwhile wait and run afterwards. Any thread may call; futures complete on the
 * connection's context. Once the block's future has completed, queuing fails with an {@link
 * IllegalStateException}. When the connection breaks, every pending future fails with a {@link
 * PgConnectionException}.
 */
@GenWrapper
public interface Pipeline {

  /**
   * A statement without parameters, run through the extended protocol (unlike {@link
   * PgConnection#query}, one statement only), results in binary where possible. Its {@link
   * Query#execute()} queues it.
   */
  Query<RowSet<Row>> query(String sql);

  /**
   * A statement with {@code $1, $2, ...} parameters; {@link PreparedQuery#execute(Tuple)} queues
   * one run, {@link PreparedQuery#executeBatch} queues the runs of a batch as one statement of the
   * segment (the batch's future fails with the first error). {@link PreparedQuery#timeout} applies
   * as the class comment says.
   */
  PreparedQuery<RowSet<Row>> preparedQuery(String sql);

  /**
   * Runs of a statement prepared with {@link PgConnection#prepare} on this pipeline's connection:
   * each queues a Bind and an Execute of the statement, with the parameter types the server
   * declared, and nothing is parsed. Otherwise as {@link #preparedQuery(String)}. A statement
   * closed before its run is written fails alone with an {@link IllegalStateException}.
   *
   * @throws IllegalArgumentException when the statement was prepared on another connection
   */
  PreparedQuery<RowSet<Row>> preparedQuery(PreparedStatement statement);

  /**
   * Ends the current segment with a Sync.
   *
   * @return a future completed once the server has answered the Sync (every statement queued before
   *     it has then completed or failed); it succeeds even when a statement of the segment failed,
   *     fails with an {@link IllegalStateException} when the pipeline's block has completed, and
   *     with a {@link PgConnectionException} when the connection breaks
   */
  Future<Void> sync();
}
