package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.pgloop.impl.pool.PoolFactory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.function.Function;

/**
 * A pool of connections to one server, shared by every event loop of a Vert.x instance.
 *
 * <h2>Two ways to use a connection</h2>
 *
 * <ul>
 *   <li>{@link #query} and {@link #preparedQuery} run one statement on some connection and are done
 *       with it. They are <em>pipelined</em>: a query may go to a connection that already has
 *       queries in flight, up to {@link PgConnectOptions#getPipeliningLimit()}, so N connections
 *       carry far more than N concurrent queries. Each runs in its own implicit transaction; such a
 *       statement must not open a transaction ({@code BEGIN}): the pool rolls back a connection
 *       left in one, and statements pipelined behind it would have run inside it.
 *   <li>{@link #getConnection()}, {@link #withConnection} and {@link #withTransaction} lend a
 *       connection for exclusive use: no pool query shares it until it is given back.
 * </ul>
 *
 * <h2>Placement</h2>
 *
 * Every connection lives on one event loop. A caller that runs on an event loop gets a connection
 * of that loop when one is free (or, for a pool query, when one is the least loaded), so that its
 * query does not cross threads; otherwise any connection. New connections are opened on the
 * caller's event loop. A pool query goes to an idle connection if there is one; else, while the
 * pool is below its maximum size, it opens one more connection and meanwhile pipelines the query on
 * the least loaded connection; at the maximum size it pipelines on the least loaded connection with
 * room, and waits when every connection is at the pipelining limit.
 *
 * <h2>Failures</h2>
 *
 * A connection that fails with a connection error (SQLSTATE class 08, 57P01, 57P02, 57P03, a closed
 * socket, a protocol error) is closed and never used again; the commands that were on it fail (they
 * may have run: the pool never retries them). While the server is down, the pool tries to connect
 * again with exponential backoff and never gives up by itself; callers fail at their own {@link
 * PgPoolOptions#getAcquireTimeout() acquire timeout} with a {@link PgPoolException} that names the
 * timeout, the pool's state and the last connection error.
 *
 * <h2>Threading</h2>
 *
 * Any thread may call any method. A pool query's future completes on the context of the connection
 * that ran it, or on the caller's context when it had to wait for room; {@link #getConnection()}
 * completes on the caller's context (a new one when the caller runs on none), and the borrowed
 * connection's own futures on its context. Failures before a connection is chosen complete on the
 * caller's context.
 *
 * <h2>Known trade-off</h2>
 *
 * Placement balances the number of pool queries in flight, not their duration: a short query
 * pipelined behind a long one on the same connection waits for it. Run long statements on a
 * borrowed connection, or in a pool of their own.
 */
@GenWrapper
public interface PgPool {

  /**
   * Creates a pool, or, with {@link PgPoolOptions#setShared(boolean) shared} options, returns a
   * handle on the pool of that name of this Vert.x instance (created on first use).
   *
   * <p>No connection is opened before this returns; {@link PgPoolOptions#getMinSize()} connections
   * are opened in the background. A pool created inside a verticle is closed when the verticle is
   * undeployed; any pool is closed when Vert.x is.
   *
   * @throws IllegalArgumentException when the options are invalid (the message names the option)
   */
  static PgPool pool(Vertx vertx, PgConnectOptions connectOptions, PgPoolOptions poolOptions) {
    return PoolFactory.create(vertx, connectOptions, poolOptions);
  }

  /**
   * Creates a pool with options parsed from a libpq connection URI or {@code key=value} string.
   *
   * @throws IllegalArgumentException when the string or the options are invalid
   */
  static PgPool pool(Vertx vertx, String connectionString, PgPoolOptions poolOptions) {
    return pool(vertx, PgConnectOptions.parse(connectionString), poolOptions);
  }

  /**
   * Borrows a connection for exclusive use. The caller must {@link PgConnection#close() close} it
   * to give it back; the pool then rolls back a transaction left open and runs the reset, and any
   * use of that object afterwards fails. Closing the connection does not close the pool's
   * connection.
   *
   * @return a future completed with the connection, or failed with a {@link PgPoolException} at the
   *     acquire timeout, at once when the wait queue is full, or when the pool is closed
   */
  Future<PgConnection> getConnection();

  /**
   * A simple-protocol query run on a connection of the pool (possibly pipelined behind other pool
   * queries), given back when it completes; see {@link PgConnection#query}. {@code execute()} fails
   * as {@link #getConnection()} does when no connection can be had.
   */
  Query<RowSet<Row>> query(String sql);

  /**
   * An extended-protocol query run on a connection of the pool (possibly pipelined behind other
   * pool queries); see {@link PgConnection#preparedQuery}. A batch runs on one connection.
   */
  PreparedQuery<RowSet<Row>> preparedQuery(String sql);

  /**
   * Borrows a connection, runs {@code function} with it and gives it back when the function's
   * future completes, whatever the outcome.
   *
   * @return the function's result; or the failure of {@link #getConnection()}; or the function's
   *     failure (also when it throws)
   */
  <T> Future<T> withConnection(Function<PgConnection, Future<T>> function);

  /**
   * Borrows a connection, begins a transaction, runs {@code function} in it, commits when its
   * future succeeds and rolls back when it fails, then gives the connection back.
   *
   * @return the function's result once committed; the function's failure once rolled back; or the
   *     failure of BEGIN or COMMIT (a {@link PgInFailedSqlTransactionException} when a statement in
   *     the transaction had failed, so that COMMIT rolled it back)
   */
  <T> Future<T> withTransaction(Function<PgConnection, Future<T>> function);

  /**
   * As {@link #withTransaction(Function)}, with the transaction's isolation level, read-only and
   * deferrable {@code options}, as {@link PgConnection#begin(TransactionOptions)} takes them.
   */
  <T> Future<T> withTransaction(
      TransactionOptions options, Function<PgConnection, Future<T>> function);

  /** The pool's name: the configured one, or one made up at creation. */
  String name();

  /** Open connections (idle, borrowed or running pool queries), not counting those being opened. */
  int size();

  /** A snapshot of the pool's state and counters; see {@link PgPoolStats} for how consistent. */
  PgPoolStats stats();

  /**
   * Changes the maximum size of the live pool. Growing lets waiters have new connections at once;
   * shrinking closes idle connections beyond the new size at once and busy ones when they are done.
   * The minimum size is lowered to the new maximum if above it.
   *
   * @throws IllegalArgumentException if below 1
   */
  PgPool setMaxSize(int maxSize);

  /**
   * Registers a type by name on every connection of the pool, as {@link
   * PgConnection#registerType(String)} does on one: first on one connection, then on every other
   * open one; a connection opened later gets it before it is handed out. A connection that cannot
   * take it (it broke, or its borrower left it in a failed transaction) is closed, at once or when
   * given back, rather than handed out without it. Borrowed connections get it too.
   *
   * @return a future completed once every connection open now has the type; failed with the
   *     server's error for an unknown type (the pool is then unchanged), or as {@link
   *     #getConnection()} fails when no connection can be had
   */
  Future<Void> registerType(String typeName);

  /**
   * Registers an enum type on every connection of the pool; see {@link #registerType} and {@link
   * PgConnection#registerEnum}.
   *
   * @return a future that fails when the type is not an enum (the pool is then unchanged)
   */
  <E extends Enum<E>> Future<Void> registerEnum(String typeName, Class<E> enumClass);

  /**
   * Registers a composite type decoded to a record class on every connection of the pool; see
   * {@link #registerType} and {@link PgConnection#registerComposite}.
   *
   * @return a future that fails when the type is not composite or does not match the record (the
   *     pool is then unchanged)
   */
  <R extends Record> Future<Void> registerComposite(String typeName, Class<R> recordClass);

  /**
   * Registers a codec of known OIDs on every connection of the pool; see {@link #registerType} and
   * {@link PgConnection#registerCodec}.
   */
  Future<Void> registerCodec(io.pgloop.spi.PgCodec<?> codec);

  /**
   * Closes the pool gracefully: new requests and waiting callers fail at once; borrowed connections
   * and running pool queries get up to {@link PgPoolOptions#getCloseTimeout()} to finish, then
   * every connection is closed. For a shared pool, this closes this handle; the pool closes with
   * the last one.
   *
   * @return a future completed once every connection is closed
   */
  Future<Void> close();
}
