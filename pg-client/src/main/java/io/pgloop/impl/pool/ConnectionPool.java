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
import io.vertx.core.internal.VertxInternal;
import java.util.ArrayList;
import java.util.List;

/**
 * The pool: its connections and parts, and what happens when a use ends (a pool query answered, a
 * connection given back, lost or evicted), when the housekeeping sweeps and when the size changes.
 * Pool queries run through {@link PoolQueries}; {@link Dispatcher} serves and queues requests;
 * {@link Openings} and {@link Growth} open connections; {@link Registrations} keeps the type
 * registrations; {@link PoolClose} closes.
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
  private final Registrations registrations = new Registrations(this);
  private final PoolMetricsReporter metrics;
  private final Opener opener;
  private final Growth growth;
  private final PoolQueries queries;
  private final PoolClose closer;
  private final Dispatcher dispatcher;
  private final Openings openings = new Openings(this);
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
    this.dispatcher = new Dispatcher(this, pipeliningLimit, idleCheckNanos);
    this.housekeepingTimer = vertx.setPeriodic(Housekeeping.period(options), id -> housekeep());
    if (minSize > 0) {
      dispatcher.dispatch();
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

  Dispatcher dispatcher() {
    return dispatcher;
  }

  Openings openings() {
    return openings;
  }

  Registrations registrations() {
    return registrations;
  }

  Opener opener() {
    return opener;
  }

  PoolClose closer() {
    return closer;
  }

  int minSize() {
    return minSize;
  }

  int maxSize() {
    return maxSize;
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
    return dispatcher
        .acquire(true, vertx.getContext())
        .map(
            pooled -> {
              synchronized (this) {
                pooled.borrowStack = borrowStack;
                pooled.metricsUse = metrics.begin();
              }
              return new LentConnection(this, pooled);
            });
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
    dispatcher.dispatch();
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
    dispatcher.dispatch();
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
    dispatcher.dispatch();
    closer.finishIfDone();
  }

  // ---------------------------------------------------------------- opening and losing

  /** The connection closed, whatever closed it: forget it, tell its borrower. */
  void lost(PooledConnection pooled) {
    Handler<Void> borrowerHandler;
    synchronized (this) {
      removeLocked(pooled);
      borrowerHandler = pooled.has(PooledConnection.LENT) ? pooled.borrowerCloseHandler : null;
    }
    // The pool's own bookkeeping first: a borrower's handler that throws must not stall it.
    dispatcher.dispatch();
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
    dispatcher.dispatch();
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
    dispatcher.dispatch();
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
    dispatcher.dispatch();
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
