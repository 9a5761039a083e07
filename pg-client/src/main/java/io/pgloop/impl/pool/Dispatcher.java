package io.pgloop.impl.pool;

import io.netty.channel.EventLoop;
import io.pgloop.PgPool;
import io.pgloop.PgPoolException;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Who gets what: a borrower gets an idle connection and a pool query a slot on one, at once when
 * one is free, else after a first-come first-served wait bounded by the acquire timeout and the
 * queue's size; a waiter is served as soon as capacity frees up, and connections are reserved for
 * waiting borrowers and opened for the waiters. Under the pool's lock, except the lock-free fast
 * path of {@link PoolQueries}.
 */
final class Dispatcher {

  private static final System.Logger LOG = System.getLogger(PgPool.class.getName());

  private final ConnectionPool pool;
  private final int pipeliningLimit;
  private final long idleCheckNanos;

  Dispatcher(ConnectionPool pool, int pipeliningLimit, long idleCheckNanos) {
    this.pool = pool;
    this.pipeliningLimit = pipeliningLimit;
    this.idleCheckNanos = idleCheckNanos;
  }

  /**
   * A connection for a borrower or a slot for a pool query: at once when one is free, else after a
   * wait in the FIFO queue (bounded by the acquire timeout and the queue's size).
   */
  Future<PooledConnection> acquire(boolean borrower, ContextInternal callerOrNull) {
    ContextInternal caller =
        callerOrNull != null ? callerOrNull : (ContextInternal) pool.vertx.getOrCreateContext();
    long now = System.nanoTime();
    PooledConnection chosen = null;
    Waiter waiter = null;
    PgPoolException refusal = null;
    int open = 0;
    synchronized (pool) {
      if (pool.closing()) {
        refusal = pool.closedException();
      } else {
        // FIFO: a newcomer takes a free connection only when nobody of its kind waits before it.
        if (pool.waiters().noneWaitingLike(borrower)) {
          chosen = take(borrower, PoolQueries.eventLoopOf(caller), now);
        }
        if (chosen == null) {
          if (pool.options.getMaxWaitQueueSize() >= 0
              && pool.waiters().size() >= pool.options.getMaxWaitQueueSize()) {
            pool.counters().rejected++;
            refusal =
                new PgPoolException(
                    pool.describeLocked(
                        "the wait queue is full (maxWaitQueueSize "
                            + pool.options.getMaxWaitQueueSize()
                            + ")"));
          } else {
            waiter = enqueueLocked(borrower, caller, now);
            open = toOpenLocked();
            reserveLocked();
          }
        }
      }
    }
    if (refusal != null) {
      return caller.failedFuture(refusal);
    }
    if (chosen != null) {
      return chosen.has(PooledConnection.BUSY)
          ? validate(chosen, borrower, caller)
          : caller.succeededFuture(chosen);
    }
    pool.growth().open(open, caller, pool.openings()::connect);
    // A slot freed without the lock between the scan above and the enqueueing saw no waiter: look
    // again now that the waiter is counted.
    dispatch();
    return waiter.promise.future();
  }

  /** Lends a connection or claims a slot, counting the acquisition; or null. */
  private PooledConnection take(boolean borrower, EventLoop loop, long now) {
    PooledConnection chosen =
        borrower
            ? Placement.lend(pool.connections().array(), loop, now, idleCheckNanos)
            : Placement.claim(
                pool.connections().array(), loop, now, pipeliningLimit, idleCheckNanos);
    if (chosen != null) {
      pool.counters().acquired.increment();
      if (borrower) {
        chosen.lentAt = now;
      }
    }
    return chosen;
  }

  private Waiter enqueueLocked(boolean borrower, ContextInternal caller, long now) {
    Waiter queued = new Waiter(borrower, caller, now);
    queued.metricsToken = pool.metrics().enqueue();
    pool.waiters().add(queued);
    queued.timerId =
        pool.vertx.setTimer(pool.options.getAcquireTimeout().toMillis(), id -> timedOut(queued));
    return queued;
  }

  /**
   * Checks a connection that was idle for long with an empty query; one that fails it is evicted
   * and the request starts over, so the caller never sees the dead connection.
   */
  Future<PooledConnection> validate(
      PooledConnection pooled, boolean borrower, ContextInternal caller) {
    return pooled
        .connection
        .query("")
        .execute()
        .transform(
            ar -> {
              if (ar.succeeded()) {
                pooled.clear(PooledConnection.BUSY);
                if (!pool.waiters().isEmpty()) {
                  dispatch();
                }
                return Future.succeededFuture(pooled);
              }
              LOG.log(
                  System.Logger.Level.DEBUG,
                  () -> "pool '" + pool.name() + "': " + pooled + " failed its idle check, evicted",
                  ar.cause());
              pool.evict(pooled);
              return acquire(borrower, caller);
            });
  }

  /** Serves waiters with what is free now, reserves and opens connections for the rest. */
  void dispatch() {
    List<Waiter> served = null;
    List<PooledConnection> servedWith = null;
    int open;
    ContextInternal openOn = null;
    synchronized (pool) {
      long now = System.nanoTime();
      if (!pool.closing()) {
        for (Iterator<Waiter> it = pool.waiters().iterator(); it.hasNext(); ) {
          Waiter waiter = it.next();
          PooledConnection pooled = take(waiter.borrower, waiter.eventLoop, now);
          if (pooled == null) {
            continue;
          }
          it.remove();
          pool.counters().totalWaitNanos += now - waiter.since;
          pool.metrics().dequeue(waiter.metricsToken);
          if (served == null) {
            served = new ArrayList<>();
            servedWith = new ArrayList<>();
          }
          served.add(waiter);
          servedWith.add(pooled);
        }
      }
      open = toOpenLocked();
      reserveLocked();
      if (open > 0 && !pool.waiters().isEmpty()) {
        openOn = pool.waiters().peek().context;
      }
    }
    if (served != null) {
      for (int i = 0; i < served.size(); i++) {
        Waiter waiter = served.get(i);
        PooledConnection pooled = servedWith.get(i);
        pool.vertx.cancelTimer(waiter.timerId);
        if (pooled.has(PooledConnection.BUSY)) {
          validate(pooled, waiter.borrower, waiter.context).onComplete(waiter.promise);
        } else {
          waiter.promise.complete(pooled);
        }
      }
    }
    pool.growth().open(open, openOn, pool.openings()::connect);
  }

  private void timedOut(Waiter waiter) {
    PgPoolException failure;
    synchronized (pool) {
      if (!pool.waiters().contains(waiter)) {
        return;
      }
      failure =
          new PgPoolException(
              pool.describeLocked(
                  "no connection within the acquire timeout ("
                      + pool.options.getAcquireTimeout().toMillis()
                      + " ms)"),
              pool.growth().failure());
      pool.waiters().remove(waiter);
      pool.counters().timeouts++;
      pool.counters().totalWaitNanos += System.nanoTime() - waiter.since;
      pool.metrics().dequeue(waiter.metricsToken);
      reserveLocked();
    }
    waiter.promise.tryFail(failure);
  }

  /**
   * Keeps as many connections reserved for waiting borrowers as cannot be served by connections
   * being opened: a reserved connection takes no new pool queries, so under a steady stream of pool
   * queries its load still drains to zero and a borrower gets it.
   */
  private void reserveLocked() {
    int need = Math.max(0, pool.waiters().borrowers() - pool.growth().connecting());
    PooledConnection[] all = pool.connections().array();
    int reserved = 0;
    for (PooledConnection pooled : all) {
      if (pooled.has(PooledConnection.RESERVED)) {
        reserved++;
      }
    }
    for (int i = 0; i < all.length && reserved > need; i++) {
      if (all[i].has(PooledConnection.RESERVED)) {
        all[i].clear(PooledConnection.RESERVED);
        reserved--;
      }
    }
    while (reserved < need) {
      PooledConnection least = null;
      for (PooledConnection pooled : all) {
        long state = pooled.state();
        if (!PooledConnection.has(state, PooledConnection.RESERVED | PooledConnection.LENT)
            && (least == null || PooledConnection.load(state) < least.load())) {
          least = pooled;
        }
      }
      if (least == null) {
        return;
      }
      least.set(PooledConnection.RESERVED);
      reserved++;
    }
  }

  /** How many connections to open now for the waiters and the minimum size. Under the lock. */
  int toOpenLocked() {
    if (pool.closing()) {
      return 0;
    }
    return pool.growth()
        .toOpenLocked(
            pool.connections().size(),
            pool.minSize(),
            pool.maxSize(),
            pool.waiters().borrowers(),
            pool.waiters().queries());
  }
}
