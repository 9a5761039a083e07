package io.pgloop.impl.pool;

import io.pgloop.PgPool;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;

/**
 * The pool's graceful close: waiters are refused at once, idle connections closed, borrowed ones
 * and running pool queries given up to the close timeout, then closed; the close completes once
 * every socket is closed. Its state is guarded by the pool's lock; {@link #closing()} is also read
 * without it.
 */
final class PoolClose {

  private static final System.Logger LOG = System.getLogger(PgPool.class.getName());

  private final ConnectionPool pool;
  private final List<PooledConnection> closedWhileClosing = new ArrayList<>();
  private final Promise<Void> closed = Promise.promise();
  private volatile boolean closing;
  private long closeTimer = -1;

  PoolClose(ConnectionPool pool) {
    this.pool = pool;
  }

  boolean closing() {
    return closing;
  }

  /** A connection left the pool. Under the pool's lock. */
  void removedLocked(PooledConnection pooled) {
    if (closing) {
      closedWhileClosing.add(pooled);
    }
  }

  /** See {@link PgPool#close()}. */
  Future<Void> close() {
    List<Waiter> refused = new ArrayList<>();
    List<PooledConnection> idle = new ArrayList<>();
    synchronized (pool) {
      if (!closing) {
        closing = true;
        pool.vertx.cancelTimer(pool.housekeepingTimer());
        pool.waiters().drainTo(refused);
        for (Waiter waiter : refused) {
          pool.metrics().dequeue(waiter.metricsToken);
        }
        pool.growth().cancelDelayedLocked();
        long now = System.nanoTime();
        for (PooledConnection pooled : pool.connections().array()) {
          if (pool.retireIfDoneLocked(pooled, now)) {
            idle.add(pooled);
          }
        }
        closeTimer =
            pool.vertx.setTimer(
                Math.max(1, pool.options.getCloseTimeout().toMillis()), id -> abort());
      }
    }
    for (Waiter waiter : refused) {
      pool.vertx.cancelTimer(waiter.timerId);
      waiter.promise.tryFail(pool.closedException());
    }
    for (PooledConnection pooled : idle) {
      pooled.connection.close();
    }
    finishIfDone();
    return closed.future();
  }

  /** The close timeout passed: close what is still borrowed or running. */
  private void abort() {
    PooledConnection[] remaining;
    synchronized (pool) {
      remaining = pool.connections().array();
      for (PooledConnection pooled : remaining) {
        pool.removeLocked(pooled);
      }
    }
    if (remaining.length > 0) {
      LOG.log(
          System.Logger.Level.WARNING,
          "pool '"
              + pool.name()
              + "': "
              + remaining.length
              + " connection(s) still in use after the close timeout ("
              + pool.options.getCloseTimeout().toMillis()
              + " ms) are closed");
    }
    for (PooledConnection pooled : remaining) {
      pooled.connection.close();
    }
    finishIfDone();
  }

  /** Completes the close once closing and no connection is left or being opened. */
  void finishIfDone() {
    if (!closing) {
      return;
    }
    List<Future<Void>> socketsClosed = new ArrayList<>();
    synchronized (pool) {
      if (closed.future().isComplete()
          || !pool.connections().isEmpty()
          || pool.growth().connecting() > 0) {
        return;
      }
      for (PooledConnection pooled : closedWhileClosing) {
        socketsClosed.add(pooled.connection.close());
      }
    }
    pool.vertx.cancelTimer(closeTimer);
    Future.join(socketsClosed)
        .onComplete(
            ar -> {
              pool.metrics().close();
              closed.tryComplete();
            });
  }
}
