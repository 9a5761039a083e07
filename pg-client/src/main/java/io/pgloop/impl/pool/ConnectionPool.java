package io.pgloop.impl.pool;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnection;
import io.pgloop.PgPool;
import io.pgloop.PgPoolException;
import io.pgloop.PgPoolOptions;
import io.pgloop.PgPoolStats;
import io.vertx.core.Closeable;
import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The pool's state and the decisions on it: who waits, who is served, which connections are opened
 * and closed. Pool queries run through {@link PoolQueries}, borrowers through {@link #acquire};
 * {@link PoolClose} closes; {@link Growth} opens.
 *
 * <h2>Threading</h2>
 *
 * Requests come from every event loop. Pool queries claim and free their slots without a lock (see
 * {@link PooledConnection}); every other decision is taken under this object's lock, and its
 * effects (completing a promise, opening or closing a connection) run after it is released, so that
 * no callback ever runs under the lock.
 *
 * <h2>Growth</h2>
 *
 * Connections are opened when a request finds nothing it can use (one per waiting borrower, one for
 * all waiting pool queries), to keep {@link PgPoolOptions#getMinSize()}, and when a pool query has
 * to be pipelined on a connection that already carries {@link PoolQueries#GROW_AT_LOAD} queries or
 * more (one at a time): a pool that serves its load with few connections stays small.
 */
public final class ConnectionPool implements Closeable {

  private static final System.Logger LOG = System.getLogger(PgPool.class.getName());

  final VertxInternal vertx;
  final PgPoolOptions options;
  private final String name;
  private final int pipeliningLimit;
  private final long idleCheckNanos;
  private final ConnectionSet connections = new ConnectionSet();
  private final WaitQueue waiters = new WaitQueue();
  private final PoolCounters counters = new PoolCounters();
  private final Registrations registrations = new Registrations();
  private final PoolMetricsReporter metrics;
  private final Opener opener;
  private final Growth growth;
  private final PoolQueries queries;
  private final PoolClose closer;
  private final long housekeepingTimer;

  private volatile int maxSize;
  private int minSize;

  ConnectionPool(
      VertxInternal vertx, PgConnectOptions connectOptions, PgPoolOptions options, String name) {
    this.vertx = vertx;
    this.options = options;
    this.name = name;
    this.pipeliningLimit = connectOptions.getPipeliningLimit();
    this.idleCheckNanos =
        options.getIdleCheckThreshold() == null ? -1 : options.getIdleCheckThreshold().toNanos();
    this.maxSize = options.getMaxSize();
    this.minSize = options.getMinSize();
    this.metrics = PoolMetricsReporter.create(vertx, name, maxSize);
    this.opener = new Opener(vertx, connectOptions, options);
    Backoff backoff =
        new Backoff(options.getReconnectInitialDelay(), options.getReconnectMaxDelay());
    this.growth = new Growth(vertx, this, opener, backoff);
    this.queries = new PoolQueries(this, vertx, pipeliningLimit, idleCheckNanos);
    this.closer = new PoolClose(this);
    this.housekeepingTimer = vertx.setPeriodic(Housekeeping.period(options), id -> housekeep());
    if (minSize > 0) {
      dispatch();
    }
  }

  String name() {
    return name;
  }

  ConnectionSet connections() {
    return connections;
  }

  WaitQueue waiters() {
    return waiters;
  }

  PoolCounters counters() {
    return counters;
  }

  PoolMetricsReporter metrics() {
    return metrics;
  }

  Growth growth() {
    return growth;
  }

  PoolQueries queries() {
    return queries;
  }

  boolean closing() {
    return closer.closing();
  }

  long housekeepingTimer() {
    return housekeepingTimer;
  }

  // ---------------------------------------------------------------- borrowing and waiting

  Future<PgConnection> getConnection() {
    // Recorded here, on the borrower's own stack, not where a waiter happens to be served.
    Throwable borrowStack =
        options.getLeakDetectionThreshold() == null
            ? null
            : new Throwable("borrowed from pool '" + name + "' here");
    return acquire(true, vertx.getContext())
        .map(
            pooled -> {
              synchronized (this) {
                pooled.borrowStack = borrowStack;
                pooled.metricsUse = metrics.begin();
              }
              return new LentConnection(this, pooled);
            });
  }

  /**
   * A connection for a borrower or a slot for a pool query: at once when one is free, else after a
   * wait in the FIFO queue (bounded by the acquire timeout and the queue's size).
   */
  Future<PooledConnection> acquire(boolean borrower, ContextInternal callerOrNull) {
    ContextInternal caller =
        callerOrNull != null ? callerOrNull : (ContextInternal) vertx.getOrCreateContext();
    long now = System.nanoTime();
    PooledConnection chosen = null;
    Waiter waiter = null;
    PgPoolException refusal = null;
    int open = 0;
    synchronized (this) {
      if (closing()) {
        refusal = closedException();
      } else {
        // FIFO: a newcomer takes a free connection only when nobody of its kind waits before it.
        if (waiters.noneWaitingLike(borrower)) {
          chosen = take(borrower, PoolQueries.eventLoopOf(caller), now);
        }
        if (chosen == null) {
          if (options.getMaxWaitQueueSize() >= 0
              && waiters.size() >= options.getMaxWaitQueueSize()) {
            counters.rejected++;
            refusal =
                new PgPoolException(
                    describeLocked(
                        "the wait queue is full (maxWaitQueueSize "
                            + options.getMaxWaitQueueSize()
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
    growth.open(open, caller, this::connect);
    // A slot freed without the lock between the scan above and the enqueueing saw no waiter: look
    // again now that the waiter is counted.
    dispatch();
    return waiter.promise.future();
  }

  /** Lends a connection or claims a slot, counting the acquisition; or null. */
  private PooledConnection take(boolean borrower, io.netty.channel.EventLoop loop, long now) {
    PooledConnection chosen =
        borrower
            ? Placement.lend(connections.array(), loop, now, idleCheckNanos)
            : Placement.claim(connections.array(), loop, now, pipeliningLimit, idleCheckNanos);
    if (chosen != null) {
      counters.acquired.increment();
      if (borrower) {
        chosen.lentAt = now;
      }
    }
    return chosen;
  }

  private Waiter enqueueLocked(boolean borrower, ContextInternal caller, long now) {
    Waiter queued = new Waiter(borrower, caller, now);
    queued.metricsToken = metrics.enqueue();
    waiters.add(queued);
    queued.timerId = vertx.setTimer(options.getAcquireTimeout().toMillis(), id -> timedOut(queued));
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
                if (!waiters.isEmpty()) {
                  dispatch();
                }
                return Future.succeededFuture(pooled);
              }
              LOG.log(
                  System.Logger.Level.DEBUG,
                  () -> "pool '" + name + "': " + pooled + " failed its idle check, evicted",
                  ar.cause());
              evict(pooled);
              return acquire(borrower, caller);
            });
  }

  /** Serves waiters with what is free now, reserves and opens connections for the rest. */
  void dispatch() {
    List<Waiter> served = null;
    List<PooledConnection> servedWith = null;
    int open;
    ContextInternal openOn = null;
    synchronized (this) {
      long now = System.nanoTime();
      if (!closing()) {
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
          Waiter waiter = it.next();
          PooledConnection pooled = take(waiter.borrower, waiter.eventLoop, now);
          if (pooled == null) {
            continue;
          }
          it.remove();
          counters.totalWaitNanos += now - waiter.since;
          metrics.dequeue(waiter.metricsToken);
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
      if (open > 0 && !waiters.isEmpty()) {
        openOn = waiters.peek().context;
      }
    }
    if (served != null) {
      for (int i = 0; i < served.size(); i++) {
        Waiter waiter = served.get(i);
        PooledConnection pooled = servedWith.get(i);
        vertx.cancelTimer(waiter.timerId);
        if (pooled.has(PooledConnection.BUSY)) {
          validate(pooled, waiter.borrower, waiter.context).onComplete(waiter.promise);
        } else {
          waiter.promise.complete(pooled);
        }
      }
    }
    growth.open(open, openOn, this::connect);
  }

  private void timedOut(Waiter waiter) {
    PgPoolException failure;
    synchronized (this) {
      if (!waiters.contains(waiter)) {
        return;
      }
      failure =
          new PgPoolException(
              describeLocked(
                  "no connection within the acquire timeout ("
                      + options.getAcquireTimeout().toMillis()
                      + " ms)"),
              growth.failure());
      waiters.remove(waiter);
      counters.timeouts++;
      counters.totalWaitNanos += System.nanoTime() - waiter.since;
      metrics.dequeue(waiter.metricsToken);
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
    int need = Math.max(0, waiters.borrowers() - growth.connecting());
    PooledConnection[] all = connections.array();
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

  // ---------------------------------------------------------------- the end of a use

  /** Whether a connection whose last pool query ended must leave the pool (read lock-free). */
  boolean mustRetire(PooledConnection pooled, long now) {
    return now >= pooled.expiresAt || connections.size() > maxSize;
  }

  /** A pool query ended on a connection that needs a decision: see {@link PoolQueries}. */
  void queryDone(PooledConnection pooled) {
    boolean close = false;
    boolean rollback = false;
    synchronized (this) {
      if (pooled.tryStartRollback()) {
        rollback = true;
      } else {
        close = retireIfDoneLocked(pooled, System.nanoTime());
      }
    }
    if (close) {
      pooled.connection.close();
    }
    if (rollback) {
      TransactionSql.rollback(pooled.connection)
          .onComplete(ar -> rolledBack(pooled, ar.succeeded()));
    }
    dispatch();
    closer.finishIfDone();
  }

  private void rolledBack(PooledConnection pooled, boolean ok) {
    boolean close;
    synchronized (this) {
      if (ok) {
        pooled.clear(PooledConnection.DIRTY | PooledConnection.BUSY);
        close = retireIfDoneLocked(pooled, System.nanoTime());
      } else {
        close = removeLocked(pooled);
      }
    }
    if (close) {
      pooled.connection.close();
    }
    dispatch();
    closer.finishIfDone();
  }

  void borrowerCloseHandler(PooledConnection pooled, Handler<Void> handler) {
    synchronized (this) {
      pooled.borrowerCloseHandler = handler;
    }
  }

  /** Takes a lent connection back: rolls back, resets, then makes it available or closes it. */
  Future<Void> giveBack(PooledConnection pooled) {
    Promise<Void> done = pooled.context.promise();
    pooled.context.runOnContext(
        v ->
            Reset.run(pooled.connection, options)
                .onComplete(
                    ar -> {
                      if (ar.failed()) {
                        LOG.log(
                            System.Logger.Level.DEBUG,
                            () -> "pool '" + name + "': reset of " + pooled + " failed, closed",
                            ar.cause());
                      }
                      returned(pooled, ar.succeeded());
                      done.complete();
                    }));
    return done.future();
  }

  private void returned(PooledConnection pooled, boolean ok) {
    boolean close;
    synchronized (this) {
      long now = System.nanoTime();
      metrics.end(pooled.metricsUse);
      pooled.metricsUse = null;
      pooled.borrowerCloseHandler = null;
      pooled.borrowStack = null;
      pooled.leakReported = false;
      pooled.lastUsed = now;
      ok &= !pooled.missesRegistration;
      if (ok) {
        pooled.clear(PooledConnection.LENT);
        close = retireIfDoneLocked(pooled, now);
      } else {
        close = removeLocked(pooled);
      }
    }
    if (close) {
      pooled.connection.close();
    }
    dispatch();
    closer.finishIfDone();
  }

  // ---------------------------------------------------------------- opening and losing

  private int toOpenLocked() {
    if (closing()) {
      return 0;
    }
    return growth.toOpenLocked(
        connections.size(), minSize, maxSize, waiters.borrowers(), waiters.queries());
  }

  /** Opens one more connection if pool queries pile up and the pool may grow; see Growth. */
  void growForQueries(ContextInternal caller) {
    if (!growth.mayAddOne(connections.size(), maxSize)) {
      return;
    }
    boolean open;
    synchronized (this) {
      open = !closing() && growth.oneMoreLocked(connections.size(), maxSize);
    }
    if (open) {
      growth.open(1, caller, this::connect);
    }
  }

  private void connect(ContextInternal context) {
    synchronized (this) {
      if (!closing()) {
        opener.open(context).onComplete(ar -> connected(ar.result(), ar.cause()));
        return;
      }
      growth.droppedLocked();
    }
    closer.finishIfDone();
  }

  private void connected(PooledConnection pooled, Throwable failure) {
    if (failure != null) {
      synchronized (this) {
        counters.connectionErrors++;
        growth.attemptEndedLocked(failure);
      }
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> "pool '" + name + "': could not connect: " + failure.getMessage());
      dispatch();
      closer.finishIfDone();
      return;
    }
    List<java.util.function.Function<PgConnection, Future<Void>>> missing;
    boolean keep = false;
    synchronized (this) {
      missing = registrations.fromLocked(pooled.registered);
      if (missing.isEmpty()) {
        growth.attemptEndedLocked(null);
        counters.created++;
        keep = !closing() && !pooled.connection.isClosed();
        if (keep) {
          connections.add(pooled);
        } else {
          counters.closed++;
        }
      }
    }
    if (!missing.isEmpty()) {
      // Registrations made while it was opening: it gets them before it is handed out.
      Registrations.apply(pooled, missing)
          .onComplete(
              ar -> {
                if (ar.succeeded()) {
                  connected(pooled, null);
                } else {
                  pooled.connection.close();
                  connected(null, ar.cause());
                }
              });
      return;
    }
    if (keep) {
      pooled.connection.closeHandler(v -> lost(pooled));
    } else {
      pooled.connection.close();
    }
    dispatch();
    closer.finishIfDone();
  }

  /** The connection closed, whatever closed it: forget it, tell its borrower. */
  private void lost(PooledConnection pooled) {
    Handler<Void> borrowerHandler;
    synchronized (this) {
      removeLocked(pooled);
      borrowerHandler = pooled.has(PooledConnection.LENT) ? pooled.borrowerCloseHandler : null;
    }
    // The pool's own bookkeeping first: a borrower's handler that throws must not stall it.
    dispatch();
    closer.finishIfDone();
    if (borrowerHandler != null) {
      borrowerHandler.handle(null);
    }
  }

  /** Evicts a broken connection: never handed out again, closed. */
  void evict(PooledConnection pooled) {
    synchronized (this) {
      removeLocked(pooled);
    }
    pooled.connection.close();
    dispatch();
    closer.finishIfDone();
  }

  /** Removes a connection from the pool; true if it was still in it. */
  boolean removeLocked(PooledConnection pooled) {
    pooled.set(PooledConnection.REMOVED);
    if (!connections.remove(pooled)) {
      return false;
    }
    counters.closed++;
    closer.removedLocked(pooled);
    return true;
  }

  /** Removes a connection that has nothing to do if it must go; true if it must be closed. */
  boolean retireIfDoneLocked(PooledConnection pooled, long now) {
    if ((closing() || mustRetire(pooled, now)) && pooled.tryRetire()) {
      return removeLocked(pooled);
    }
    return false;
  }

  // ---------------------------------------------------------------- housekeeping and size

  private void housekeep() {
    List<PooledConnection> retired;
    synchronized (this) {
      retired = Housekeeping.sweep(connections.array(), options, minSize, System.nanoTime(), name);
      for (PooledConnection pooled : retired) {
        removeLocked(pooled);
      }
    }
    for (PooledConnection pooled : retired) {
      pooled.connection.close();
    }
    dispatch();
  }

  /** Changes the maximum size; see {@link PgPool#setMaxSize(int)}. */
  void setMaxSize(int newMaxSize) {
    if (newMaxSize < 1) {
      throw new IllegalArgumentException("maxSize must be at least 1, not " + newMaxSize);
    }
    List<PooledConnection> retired = new ArrayList<>();
    synchronized (this) {
      maxSize = newMaxSize;
      minSize = Math.min(minSize, newMaxSize);
      long now = System.nanoTime();
      for (PooledConnection pooled : connections.array()) {
        if (connections.size() <= maxSize) {
          break;
        }
        if (retireIfDoneLocked(pooled, now)) {
          retired.add(pooled);
        }
      }
    }
    for (PooledConnection pooled : retired) {
      pooled.connection.close();
    }
    dispatch();
  }

  // ---------------------------------------------------------------- registrations

  /**
   * Registers a type on every connection: first on one (whose failure fails the future and leaves
   * the pool as it was), then on every other connection open now; connections opened later get it
   * before they are handed out. A connection that fails to take it (it broke, or its borrower left
   * it in a failed transaction) is closed rather than handed out without it: at once, or when its
   * borrower gives it back.
   */
  Future<Void> register(java.util.function.Function<PgConnection, Future<Void>> registration) {
    return queries
        .run(connection -> Registrations.applyOne(registration, connection))
        .compose(
            v -> {
              PooledConnection[] current;
              synchronized (this) {
                registrations.addLocked(registration);
                current = connections.array();
              }
              List<Future<Void>> all = new ArrayList<>();
              for (PooledConnection pooled : current) {
                all.add(
                    Registrations.applyOne(registration, pooled.connection)
                        .recover(e -> missedRegistration(pooled, e)));
              }
              return Future.join(all).mapEmpty();
            });
  }

  private Future<Void> missedRegistration(PooledConnection pooled, Throwable failure) {
    LOG.log(
        System.Logger.Level.DEBUG,
        () -> "pool '" + name + "': " + pooled + " failed a type registration, closed",
        failure);
    boolean lent;
    synchronized (this) {
      pooled.missesRegistration = true;
      lent = pooled.has(PooledConnection.LENT);
    }
    if (!lent) {
      evict(pooled);
    }
    return Future.succeededFuture();
  }

  // ---------------------------------------------------------------- closing and state

  /** Closes gracefully; see {@link PgPool#close()}. */
  Future<Void> close() {
    return closer.close();
  }

  @Override
  public void close(Completable<Void> completion) {
    close().onComplete(completion);
  }

  int size() {
    return connections.size();
  }

  PgPoolStats stats() {
    synchronized (this) {
      return statsLocked();
    }
  }

  private PgPoolStats statsLocked() {
    return counters.snapshot(connections.array(), growth.connecting(), waiters.size());
  }

  String describeLocked(String problem) {
    return PoolCounters.describe(name, problem, statsLocked(), maxSize, growth.failure());
  }

  PgPoolException closedException() {
    return new PgPoolException("pool '" + name + "' is closed");
  }
}
