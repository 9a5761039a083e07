package io.pgloop.impl.pool;

import io.netty.channel.EventLoop;
import io.pgloop.PgConnection;
import io.pgloop.impl.protocol.backend.TransactionStatus;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.util.function.Function;

/**
 * Runs pool queries: picks a connection with room, runs the query there, and frees the slot when it
 * completes.
 *
 * <h2>The fast path</h2>
 *
 * When no pool query waits, a slot is claimed on the connection's state word (see {@link
 * Placement#claim}) and freed by an atomic decrement: no lock, so that the event loops do not
 * contend with each other, and with a caller on the loop of the connection it picks, no thread hop
 * either. The pool's lock is taken only when something must be decided: nothing has room (the query
 * waits in the queue), the pool may grow, a waiter can be served, or a connection must be retired,
 * rolled back or evicted once its query is done.
 */
final class PoolQueries {

  /** A pool query landing on a connection with more than this many in flight may add one. */
  static final int GROW_AT_LOAD = 2;

  private final ConnectionPool pool;
  private final VertxInternal vertx;
  private final int pipeliningLimit;
  private final long idleCheckNanos;

  PoolQueries(ConnectionPool pool, VertxInternal vertx, int pipeliningLimit, long idleCheckNanos) {
    this.pool = pool;
    this.vertx = vertx;
    this.pipeliningLimit = pipeliningLimit;
    this.idleCheckNanos = idleCheckNanos;
  }

  /**
   * Runs {@code action} on a connection with room for one more pool query, waiting for one if need
   * be; the connection's slot is freed when the action's future completes.
   */
  <T> Future<T> run(Function<PgConnection, Future<T>> action) {
    ContextInternal caller = vertx.getContext();
    if (!pool.closing() && pool.waiters().noneWaitingLike(false)) {
      long now = System.nanoTime();
      PooledConnection chosen =
          Placement.claim(
              pool.connections().array(),
              eventLoopOf(caller),
              now,
              pipeliningLimit,
              idleCheckNanos);
      if (chosen != null) {
        pool.counters().acquired.increment();
        if (PooledConnection.load(chosen.state()) > GROW_AT_LOAD) {
          pool.openings().growForQueries(caller);
        }
        if (chosen.has(PooledConnection.BUSY)) {
          return pool.dispatcher()
              .validate(chosen, false, caller)
              .compose(pooled -> execute(pooled, action));
        }
        return execute(chosen, action);
      }
    }
    return pool.dispatcher().acquire(false, caller).compose(pooled -> execute(pooled, action));
  }

  private <T> Future<T> execute(PooledConnection pooled, Function<PgConnection, Future<T>> action) {
    Object use = pool.metrics().begin();
    Future<T> result;
    try {
      result = action.apply(pooled.connection);
    } catch (RuntimeException e) {
      pool.metrics().end(use);
      done(pooled, e);
      return pooled.context.failedFuture(e);
    }
    // Registered before the caller's listeners: the slot is free again when they run. Without
    // metrics, the connection's own listener serves every query: nothing to allocate per query.
    if (use == null) {
      result.onComplete(pooled.queryEnd(this));
    } else {
      result.onComplete(
          (value, failure) -> {
            pool.metrics().end(use);
            done(pooled, failure);
          });
    }
    return result;
  }

  /** A pool query on {@code pooled} ended, failed with {@code failure} or not (null). */
  void done(PooledConnection pooled, Throwable failure) {
    long now = System.nanoTime();
    if (failure != null && BrokenConnections.isBroken(failure)) {
      pooled.release(now);
      pool.evict(pooled);
      return;
    }
    // A pool query that opened a transaction (BEGIN) left the connection in it: it takes no more
    // work and is rolled back before anyone else uses it. Read on the connection's loop, after
    // this query's ReadyForQuery.
    if (pooled.context.inThread()
        && pooled.connection.transactionStatus() != TransactionStatus.IDLE) {
      pooled.set(PooledConnection.DIRTY);
    }
    long state = pooled.release(now);
    boolean drained = PooledConnection.load(state) == 0;
    if (!pool.waiters().isEmpty()
        || (drained && (state != 0 || pool.closing() || pool.mustRetire(pooled, now)))) {
      pool.queryDone(pooled);
    }
  }

  static EventLoop eventLoopOf(ContextInternal context) {
    return context != null && context.isEventLoopContext() ? context.nettyEventLoop() : null;
  }
}
