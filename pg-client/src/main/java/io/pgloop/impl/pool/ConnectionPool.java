package io.pgloop.impl.pool;

import io.netty.channel.EventLoop;
import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnection;
import io.pgloop.PgPool;
import io.pgloop.PgPoolException;
import io.pgloop.PgPoolOptions;
import io.pgloop.PgPoolStats;
import io.pgloop.impl.protocol.backend.TransactionStatus;
import io.vertx.core.Closeable;
import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The pool's state and every decision on it: which connection serves a request, who waits, when to
 * open and close connections.
 *
 * <h2>Threading</h2>
 *
 * Requests come from every event loop, so the state is guarded by this object's lock. A decision is
 * taken under the lock and its effects (completing a promise, opening or closing a connection) run
 * after it is released, so that no callback ever runs under the lock. The lock is held for a scan
 * of the connections and a few field updates: short enough that the hot path, one pool query, costs
 * two uncontended lock acquisitions.
 *
 * <h2>Growth</h2>
 *
 * Connections are opened when a request finds nothing it can use (one per waiting borrower, one for
 * all waiting pool queries), to keep {@link PgPoolOptions#getMinSize()}, and when a pool query has
 * to be pipelined on a connection that already carries {@link #GROW_AT_LOAD} queries or more (one
 * at a time): a pool that serves its load with few connections stays small. While the server is
 * down, attempts go one at a time with exponential backoff and never stop.
 */
public final class ConnectionPool implements Closeable {

  private static final System.Logger LOG = System.getLogger(PgPool.class.getName());

  /** A pool query landing on a connection with this many in flight opens one more connection. */
  static final int GROW_AT_LOAD = 2;

  private final VertxInternal vertx;
  private final PgPoolOptions options;
  private final String name;
  private final int pipeliningLimit;
  private final long idleCheckNanos;
  private final Backoff backoff;
  private final ArrayList<PooledConnection> connections = new ArrayList<>();
  private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
  private final List<Long> backoffTimers = new ArrayList<>();
  private final List<PooledConnection> closedWhileClosing = new ArrayList<>();
  private final Promise<Void> closed = Promise.promise();
  private final long housekeepingTimer;
  private final PoolMetricsReporter metrics;
  private final Opener opener;

  private int maxSize;
  private int minSize;
  private int connecting;
  private int borrowersWaiting;
  private int queriesWaiting;
  private Throwable lastError;
  private boolean closing;
  private long closeTimer = -1;

  private long acquired;
  private long timeouts;
  private long rejected;
  private long created;
  private long closedCount;
  private long connectionErrors;
  private long totalWaitNanos;

  ConnectionPool(
      VertxInternal vertx, PgConnectOptions connectOptions, PgPoolOptions options, String name) {
    this.vertx = vertx;
    this.options = options;
    this.name = name;
    this.pipeliningLimit = connectOptions.getPipeliningLimit();
    this.idleCheckNanos =
        options.getIdleCheckThreshold() == null ? -1 : options.getIdleCheckThreshold().toNanos();
    this.backoff = new Backoff(options.getReconnectInitialDelay(), options.getReconnectMaxDelay());
    this.maxSize = options.getMaxSize();
    this.minSize = options.getMinSize();
    this.metrics = PoolMetricsReporter.create(vertx, name, maxSize);
    this.opener = new Opener(vertx, connectOptions, options);
    this.housekeepingTimer = vertx.setPeriodic(Housekeeping.period(options), id -> housekeep());
    if (minSize > 0) {
      dispatch();
    }
  }

  String name() {
    return name;
  }

  // ---------------------------------------------------------------- pool queries

  /**
   * Runs {@code action} on a connection with room for one more pool query, waiting for one if need
   * be; the connection's slot is freed when the action's future completes.
   */
  <T> Future<T> run(Function<PgConnection, Future<T>> action) {
    ContextInternal caller = vertx.getContext();
    EventLoop loop = eventLoopOf(caller);
    long now = System.nanoTime();
    PooledConnection chosen = null;
    boolean check = false;
    int open = 0;
    synchronized (this) {
      if (!closing && queriesWaiting == 0) {
        chosen = Placement.forQuery(connections, loop, now, pipeliningLimit);
        if (chosen != null) {
          check = take(chosen, false, now);
          if (chosen.load > GROW_AT_LOAD
              && connecting == 0
              && connections.size() < maxSize
              && !backoff.failing()) {
            connecting++;
            open = 1;
          }
        }
      }
    }
    if (chosen == null) {
      return acquire(false, caller).compose(pooled -> execute(pooled, action));
    }
    openConnections(open, caller);
    if (check) {
      return validate(chosen, false, caller).compose(pooled -> execute(pooled, action));
    }
    return execute(chosen, action);
  }

  private <T> Future<T> execute(PooledConnection pooled, Function<PgConnection, Future<T>> action) {
    Object use = metrics.begin();
    Future<T> result;
    try {
      result = action.apply(pooled.connection);
    } catch (RuntimeException e) {
      metrics.end(use);
      queryDone(pooled, e);
      return pooled.context.failedFuture(e);
    }
    // Registered before the caller's listeners: the slot is free again when they run.
    result.onComplete(
        (value, failure) -> {
          metrics.end(use);
          queryDone(pooled, failure);
        });
    return result;
  }

  private void queryDone(PooledConnection pooled, Throwable failure) {
    boolean broken = failure != null && BrokenConnections.isBroken(failure);
    // A pool query that opened a transaction (BEGIN) left the connection in it: roll it back
    // before anyone else uses it. Read on the connection's loop, after this query's ReadyForQuery.
    boolean inTransaction =
        !broken
            && pooled.context.inThread()
            && pooled.connection.transactionStatus() != TransactionStatus.IDLE;
    boolean close = false;
    boolean rollback = false;
    boolean dispatch;
    synchronized (this) {
      pooled.load--;
      pooled.lastUsed = System.nanoTime();
      if (broken) {
        removeLocked(pooled);
        close = true;
      } else {
        pooled.dirty |= inTransaction;
        if (pooled.load == 0) {
          if (pooled.dirty && !pooled.busy) {
            pooled.busy = true;
            rollback = true;
          } else {
            close = retireIfDoneLocked(pooled, pooled.lastUsed);
          }
        }
      }
      dispatch = close || !waiters.isEmpty();
    }
    if (close) {
      pooled.connection.close();
    }
    if (rollback) {
      TransactionSql.rollback(pooled.connection).onComplete(ar -> cleaned(pooled, ar.succeeded()));
    }
    if (dispatch) {
      dispatch();
      finishCloseIfDone();
    }
  }

  private void cleaned(PooledConnection pooled, boolean ok) {
    boolean close;
    synchronized (this) {
      pooled.busy = false;
      pooled.dirty = !ok;
      close = !ok ? removeLocked(pooled) : retireIfDoneLocked(pooled, System.nanoTime());
    }
    if (close) {
      pooled.connection.close();
    }
    dispatch();
    finishCloseIfDone();
  }

  // ---------------------------------------------------------------- borrowing

  Future<PgConnection> getConnection() {
    // Recorded here, on the borrower's own stack, not where a waiter happens to be served.
    Throwable borrowStack =
        options.getLeakDetectionThreshold() == null
            ? null
            : new Throwable("borrowed from pool '" + name + "' here");
    return acquire(true, vertx.getContext())
        .map(
            pooled -> {
              if (borrowStack != null) {
                synchronized (this) {
                  pooled.borrowStack = borrowStack;
                }
              }
              synchronized (this) {
                pooled.metricsUse = metrics.begin();
              }
              return new LentConnection(this, pooled);
            });
  }

  /**
   * A connection for a borrower or a slot for a pool query: at once when one is free, else after a
   * wait in the FIFO queue (bounded by the acquire timeout and the queue's size).
   */
  private Future<PooledConnection> acquire(boolean borrower, ContextInternal callerOrNull) {
    ContextInternal caller =
        callerOrNull != null ? callerOrNull : (ContextInternal) vertx.getOrCreateContext();
    EventLoop loop = eventLoopOf(caller);
    long now = System.nanoTime();
    PooledConnection chosen = null;
    boolean check = false;
    Waiter waiter = null;
    PgPoolException refusal = null;
    int open = 0;
    synchronized (this) {
      if (closing) {
        refusal = closedException();
      } else {
        // FIFO: a newcomer takes a free connection only when nobody of its kind waits before it.
        if (borrower ? borrowersWaiting == 0 : queriesWaiting == 0) {
          chosen =
              borrower
                  ? Placement.forBorrower(connections, loop, now)
                  : Placement.forQuery(connections, loop, now, pipeliningLimit);
        }
        if (chosen != null) {
          check = take(chosen, borrower, now);
        } else if (options.getMaxWaitQueueSize() >= 0
            && waiters.size() >= options.getMaxWaitQueueSize()) {
          rejected++;
          refusal =
              new PgPoolException(
                  describeLocked(
                      "the wait queue is full (maxWaitQueueSize "
                          + options.getMaxWaitQueueSize()
                          + ")"));
        } else {
          Waiter queued = new Waiter(borrower, caller, now);
          queued.metricsToken = metrics.enqueue();
          waiters.add(queued);
          if (borrower) {
            borrowersWaiting++;
          } else {
            queriesWaiting++;
          }
          queued.timerId =
              vertx.setTimer(options.getAcquireTimeout().toMillis(), id -> timedOut(queued));
          waiter = queued;
          open = toOpenLocked();
          reserveLocked();
        }
      }
    }
    if (refusal != null) {
      return caller.failedFuture(refusal);
    }
    if (chosen != null) {
      return check ? validate(chosen, borrower, caller) : caller.succeededFuture(chosen);
    }
    openConnections(open, caller);
    return waiter.promise.future();
  }

  /** Marks a connection taken; true when it has been idle long enough to need a check first. */
  private boolean take(PooledConnection pooled, boolean borrower, long now) {
    acquired++;
    boolean wasIdle = pooled.load == 0;
    if (borrower) {
      pooled.lent = true;
      pooled.reserved = false;
      pooled.lentAt = now;
    } else {
      pooled.load++;
    }
    boolean check = wasIdle && idleCheckNanos >= 0 && now - pooled.lastUsed >= idleCheckNanos;
    if (check) {
      pooled.busy = true;
    }
    return check;
  }

  /**
   * Checks a connection that was idle for long with an empty query; one that fails it is evicted
   * and the request starts over, so the caller never sees the dead connection.
   */
  private Future<PooledConnection> validate(
      PooledConnection pooled, boolean borrower, ContextInternal caller) {
    return pooled
        .connection
        .query("")
        .execute()
        .transform(
            ar -> {
              if (ar.succeeded()) {
                synchronized (this) {
                  pooled.busy = false;
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

  void borrowerCloseHandler(PooledConnection pooled, io.vertx.core.Handler<Void> handler) {
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
      pooled.lent = false;
      metrics.end(pooled.metricsUse);
      pooled.metricsUse = null;
      pooled.borrowerCloseHandler = null;
      pooled.borrowStack = null;
      pooled.leakReported = false;
      pooled.lastUsed = now;
      close = !ok ? removeLocked(pooled) : retireIfDoneLocked(pooled, now);
    }
    if (close) {
      pooled.connection.close();
    }
    dispatch();
    finishCloseIfDone();
  }

  // ---------------------------------------------------------------- waiters

  /** Serves waiters with what is free now, reserves and opens connections for the rest. */
  void dispatch() {
    List<Waiter> served = null;
    List<PooledConnection> servedWith = null;
    List<Boolean> checks = null;
    int open;
    ContextInternal openOn = null;
    synchronized (this) {
      long now = System.nanoTime();
      if (!closing) {
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
          Waiter waiter = it.next();
          PooledConnection pooled =
              waiter.borrower
                  ? Placement.forBorrower(connections, waiter.eventLoop, now)
                  : Placement.forQuery(connections, waiter.eventLoop, now, pipeliningLimit);
          if (pooled == null) {
            continue;
          }
          it.remove();
          if (waiter.borrower) {
            borrowersWaiting--;
          } else {
            queriesWaiting--;
          }
          totalWaitNanos += now - waiter.since;
          metrics.dequeue(waiter.metricsToken);
          if (served == null) {
            served = new ArrayList<>();
            servedWith = new ArrayList<>();
            checks = new ArrayList<>();
          }
          served.add(waiter);
          servedWith.add(pooled);
          checks.add(take(pooled, waiter.borrower, now));
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
        if (checks.get(i)) {
          validate(pooled, waiter.borrower, waiter.context).onComplete(waiter.promise);
        } else {
          waiter.promise.complete(pooled);
        }
      }
    }
    openConnections(open, openOn);
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
              backoff.failing() ? lastError : null);
      waiters.remove(waiter);
      if (waiter.borrower) {
        borrowersWaiting--;
      } else {
        queriesWaiting--;
      }
      timeouts++;
      totalWaitNanos += System.nanoTime() - waiter.since;
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
    int need = Math.max(0, borrowersWaiting - connecting);
    int reserved = 0;
    for (PooledConnection pooled : connections) {
      if (pooled.reserved && !pooled.lent) {
        reserved++;
      }
    }
    while (reserved > need) {
      for (PooledConnection pooled : connections) {
        if (pooled.reserved && !pooled.lent) {
          pooled.reserved = false;
          break;
        }
      }
      reserved--;
    }
    while (reserved < need) {
      PooledConnection least = null;
      for (PooledConnection pooled : connections) {
        if (!pooled.reserved && !pooled.lent && (least == null || pooled.load < least.load)) {
          least = pooled;
        }
      }
      if (least == null) {
        return;
      }
      least.reserved = true;
      reserved++;
    }
  }

  // ---------------------------------------------------------------- opening and closing

  /** How many connections to open now; counts them as connecting. */
  private int toOpenLocked() {
    int total = connections.size() + connecting;
    int room = maxSize - total;
    if (closing || room <= 0 || (backoff.failing() && connecting > 0)) {
      return 0;
    }
    int demand = borrowersWaiting + (queriesWaiting > 0 ? 1 : 0) - connecting;
    int want = Math.min(room, Math.max(minSize - total, demand));
    if (backoff.failing()) {
      want = Math.min(want, 1);
    }
    want = Math.max(want, 0);
    connecting += want;
    return want;
  }

  private void openConnections(int count, ContextInternal near) {
    for (int i = 0; i < count; i++) {
      ContextInternal context = opener.contextNear(near);
      long delay;
      synchronized (this) {
        delay = backoff.nextDelayMillis();
        if (delay > 0) {
          long[] timer = new long[1];
          timer[0] =
              vertx.setTimer(
                  delay,
                  id -> {
                    synchronized (this) {
                      backoffTimers.remove((Long) timer[0]);
                    }
                    connect(context);
                  });
          backoffTimers.add(timer[0]);
        }
      }
      if (delay == 0) {
        connect(context);
      }
    }
  }

  private void connect(ContextInternal context) {
    synchronized (this) {
      if (closing) {
        connecting--;
      } else {
        opener.open(context).onComplete(ar -> connected(ar.result(), ar.cause()));
        return;
      }
    }
    finishCloseIfDone();
  }

  private void connected(PooledConnection pooled, Throwable failure) {
    if (failure != null) {
      synchronized (this) {
        connecting--;
        connectionErrors++;
        lastError = failure;
        backoff.failed();
      }
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> "pool '" + name + "': could not connect: " + failure.getMessage());
    } else {
      pooled.connection.closeHandler(v -> lost(pooled));
      boolean keep;
      synchronized (this) {
        connecting--;
        created++;
        backoff.succeeded();
        keep = !closing && !pooled.connection.isClosed();
        if (keep) {
          connections.add(pooled);
        } else {
          closedCount++;
        }
      }
      if (!keep) {
        pooled.connection.close();
      }
    }
    dispatch();
    finishCloseIfDone();
  }

  /** The connection closed, whatever closed it: forget it, tell its borrower. */
  private void lost(PooledConnection pooled) {
    io.vertx.core.Handler<Void> borrowerHandler;
    synchronized (this) {
      removeLocked(pooled);
      borrowerHandler = pooled.lent ? pooled.borrowerCloseHandler : null;
    }
    // The pool's own bookkeeping first: a borrower's handler that throws must not stall it.
    dispatch();
    finishCloseIfDone();
    if (borrowerHandler != null) {
      borrowerHandler.handle(null);
    }
  }

  /** Evicts a broken connection: never handed out again, closed. */
  private void evict(PooledConnection pooled) {
    synchronized (this) {
      removeLocked(pooled);
    }
    pooled.connection.close();
    dispatch();
    finishCloseIfDone();
  }

  /** Removes a connection from the pool; true if it was still in it. */
  private boolean removeLocked(PooledConnection pooled) {
    if (pooled.removed) {
      return false;
    }
    pooled.removed = true;
    connections.remove(pooled);
    closedCount++;
    if (closing) {
      closedWhileClosing.add(pooled);
    }
    return true;
  }

  /** Removes a connection that has nothing to do if it must go; true if it must be closed. */
  private boolean retireIfDoneLocked(PooledConnection pooled, long now) {
    if (pooled.lent || pooled.load > 0 || pooled.busy || pooled.removed) {
      return false;
    }
    if (closing || now >= pooled.expiresAt || connections.size() > maxSize) {
      return removeLocked(pooled);
    }
    return false;
  }

  // ---------------------------------------------------------------- housekeeping

  private void housekeep() {
    List<PooledConnection> retired;
    synchronized (this) {
      retired = Housekeeping.sweep(connections, options, minSize, System.nanoTime(), name);
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
      for (PooledConnection pooled : new ArrayList<>(connections)) {
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

  /** Closes gracefully; see {@link PgPool#close()}. */
  Future<Void> close() {
    List<Waiter> refused = new ArrayList<>();
    List<PooledConnection> idle = new ArrayList<>();
    synchronized (this) {
      if (!closing) {
        closing = true;
        vertx.cancelTimer(housekeepingTimer);
        refused.addAll(waiters);
        for (Waiter waiter : waiters) {
          metrics.dequeue(waiter.metricsToken);
        }
        waiters.clear();
        borrowersWaiting = 0;
        queriesWaiting = 0;
        for (Long timer : backoffTimers) {
          if (vertx.cancelTimer(timer)) {
            connecting--;
          }
        }
        backoffTimers.clear();
        long now = System.nanoTime();
        for (PooledConnection pooled : new ArrayList<>(connections)) {
          if (retireIfDoneLocked(pooled, now)) {
            idle.add(pooled);
          }
        }
        closeTimer =
            vertx.setTimer(Math.max(1, options.getCloseTimeout().toMillis()), id -> abort());
      }
    }
    for (Waiter waiter : refused) {
      vertx.cancelTimer(waiter.timerId);
      waiter.promise.tryFail(closedException());
    }
    for (PooledConnection pooled : idle) {
      pooled.connection.close();
    }
    finishCloseIfDone();
    return closed.future();
  }

  @Override
  public void close(Completable<Void> completion) {
    close().onComplete(completion);
  }

  /** The close timeout passed: close what is still borrowed or running. */
  private void abort() {
    List<PooledConnection> remaining;
    synchronized (this) {
      remaining = new ArrayList<>(connections);
      for (PooledConnection pooled : remaining) {
        removeLocked(pooled);
      }
    }
    if (!remaining.isEmpty()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "pool '"
              + name
              + "': "
              + remaining.size()
              + " connection(s) still in use after the close timeout ("
              + options.getCloseTimeout().toMillis()
              + " ms) are closed");
    }
    for (PooledConnection pooled : remaining) {
      pooled.connection.close();
    }
    finishCloseIfDone();
  }

  private void finishCloseIfDone() {
    List<Future<Void>> socketsClosed = new ArrayList<>();
    synchronized (this) {
      if (!closing || closed.future().isComplete() || !connections.isEmpty() || connecting > 0) {
        return;
      }
      for (PooledConnection pooled : closedWhileClosing) {
        socketsClosed.add(pooled.connection.close());
      }
    }
    vertx.cancelTimer(closeTimer);
    Future.join(socketsClosed)
        .onComplete(
            ar -> {
              metrics.close();
              closed.tryComplete();
            });
  }

  // ---------------------------------------------------------------- state

  int size() {
    synchronized (this) {
      return connections.size();
    }
  }

  PgPoolStats stats() {
    synchronized (this) {
      int idle = 0;
      int borrowed = 0;
      int pipelined = 0;
      int inFlight = 0;
      for (PooledConnection pooled : connections) {
        if (pooled.lent) {
          borrowed++;
        } else if (pooled.load > 0) {
          pipelined++;
        } else {
          idle++;
        }
        inFlight += pooled.load;
      }
      return new PgPoolStats(
          connections.size(),
          idle,
          borrowed,
          pipelined,
          connecting,
          waiters.size(),
          inFlight,
          acquired,
          timeouts,
          rejected,
          created,
          closedCount,
          connectionErrors,
          totalWaitNanos);
    }
  }

  /** What a pool error says: the pool, what went wrong, and the pool's state. */
  private String describeLocked(String problem) {
    PgPoolStats stats = stats();
    return "pool '"
        + name
        + "': "
        + problem
        + "; size "
        + stats.size()
        + " of maxSize "
        + maxSize
        + ": "
        + stats.idle()
        + " idle, "
        + stats.borrowed()
        + " borrowed, "
        + stats.pipelined()
        + " running pool queries, "
        + stats.connecting()
        + " connecting, "
        + stats.waiting()
        + " waiting"
        + (backoff.failing() && lastError != null
            ? "; last connection error: " + lastError.getMessage()
            : "");
  }

  private PgPoolException closedException() {
    return new PgPoolException("pool '" + name + "' is closed");
  }

  private static EventLoop eventLoopOf(ContextInternal context) {
    return context != null && context.isEventLoopContext() ? context.nettyEventLoop() : null;
  }
}
