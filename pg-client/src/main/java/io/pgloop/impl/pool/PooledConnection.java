package io.pgloop.impl.pool;

import io.netty.channel.EventLoop;
import io.pgloop.impl.connection.PgConnectionImpl;
import io.vertx.core.Completable;
import io.vertx.core.Handler;
import io.vertx.core.internal.ContextInternal;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A connection of the pool and what the pool knows of it.
 *
 * <h2>The state word</h2>
 *
 * Whether the connection can take work, and how many pool queries it carries, live together in one
 * {@code long} changed by compare-and-set, so that a pool query can claim a slot from any thread
 * without the pool's lock and without racing a borrower, an eviction or a close:
 *
 * <pre>
 *   bits 63..32: flags (LENT, RESERVED, DIRTY, BUSY, REMOVED)   bits 31..0: load
 * </pre>
 *
 * A slot is claimed only while no flag is set and the load is under the pipelining limit; a
 * connection is lent, retired or reserved only under the pool's lock, by a compare-and-set that
 * fails when a pool query claimed a slot in between. The other fields are guarded by the pool's
 * lock, except {@link #lastUsed}.
 */
final class PooledConnection {

  /** Lent out for exclusive use. */
  static final long LENT = 1L << 32;

  /** Kept free of new pool queries so that a waiting borrower gets it once its load drains. */
  static final long RESERVED = 1L << 33;

  /** Left in a transaction by a pool query: takes no work until rolled back. */
  static final long DIRTY = 1L << 34;

  /** Being rolled back, reset or checked: takes no work. */
  static final long BUSY = 1L << 35;

  /** No longer in the pool (evicted, expired, closing): never handed out again. */
  static final long REMOVED = 1L << 36;

  private static final long LOAD = 0xFFFF_FFFFL;
  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(PooledConnection.class, "state", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  final PgConnectionImpl connection;
  final ContextInternal context;
  final EventLoop eventLoop;
  final long expiresAt;

  @SuppressWarnings("unused") // through STATE
  private volatile long state;

  /** When the last use ended (nanoTime); written by whoever ends a use, read for idle checks. */
  volatile long lastUsed;

  long lentAt;
  boolean leakReported;
  Throwable borrowStack;
  Object metricsUse;

  /** How many of the pool's type registrations this connection has, in registration order. */
  int registered;

  /** Failed to take a type registration: closed instead of handed out again. */
  boolean missesRegistration;

  /** The close handler the borrower set on its {@link LentConnection}, or null. */
  Handler<Void> borrowerCloseHandler;

  /** What ends a pool query on this connection; made once, on first use. */
  private Completable<Object> queryEnd;

  PooledConnection(
      PgConnectionImpl connection, ContextInternal context, long createdAt, long expiresAt) {
    this.connection = connection;
    this.context = context;
    this.eventLoop = context.nettyEventLoop();
    this.expiresAt = expiresAt;
    this.lastUsed = createdAt;
  }

  /** The listener that ends a pool query on this connection (made once: any thread may race). */
  Completable<Object> queryEnd(PoolQueries queries) {
    Completable<Object> end = queryEnd;
    if (end == null) {
      end = (value, failure) -> queries.done(this, failure);
      queryEnd = end;
    }
    return end;
  }

  long state() {
    return (long) STATE.getVolatile(this);
  }

  static int load(long state) {
    return (int) (state & LOAD);
  }

  static boolean has(long state, long flag) {
    return (state & flag) != 0;
  }

  int load() {
    return load(state());
  }

  boolean has(long flag) {
    return has(state(), flag);
  }

  /** Open and not expired; the flags are checked by the compare-and-set that claims it. */
  boolean fresh(long now) {
    return now < expiresAt && !connection.isClosed();
  }

  /**
   * Claims a slot for one pool query, if no flag is set and the load is under {@code limit}. When
   * the connection was idle for {@code idleCheckNanos} or longer (negative: never), it is marked
   * {@link #BUSY} with the claim, to be checked before the query runs.
   *
   * @return whether the slot was claimed
   */
  boolean tryClaim(int limit, long now, long idleCheckNanos) {
    while (true) {
      long s = state();
      if ((s & ~LOAD) != 0 || load(s) >= limit) {
        return false;
      }
      boolean check = load(s) == 0 && idleCheckNanos >= 0 && now - lastUsed >= idleCheckNanos;
      if (STATE.compareAndSet(this, s, (s + 1) | (check ? BUSY : 0))) {
        return true;
      }
    }
  }

  /** Ends a pool query's use. Returns the state after it. */
  long release(long now) {
    lastUsed = now;
    return (long) STATE.getAndAdd(this, -1L) - 1;
  }

  /**
   * Lends the connection when it carries no pool query and no flag but {@link #RESERVED}; marks it
   * {@link #BUSY} too when {@code check}. Under the pool's lock.
   */
  boolean tryLend(boolean check) {
    while (true) {
      long s = state();
      if ((s & ~RESERVED) != 0) {
        return false;
      }
      if (STATE.compareAndSet(this, s, LENT | (check ? BUSY : 0))) {
        return true;
      }
    }
  }

  /**
   * Marks the connection {@link #REMOVED} when it carries nothing and is not lent or busy: it then
   * takes no more work. Under the pool's lock.
   */
  boolean tryRetire() {
    while (true) {
      long s = state();
      if (load(s) != 0 || has(s, LENT | BUSY | REMOVED)) {
        return false;
      }
      if (STATE.compareAndSet(this, s, s | REMOVED)) {
        return true;
      }
    }
  }

  /** Sets flags; returns the state before. */
  long set(long flags) {
    return (long) STATE.getAndBitwiseOr(this, flags);
  }

  /** Clears flags; returns the state after. */
  long clear(long flags) {
    return (long) STATE.getAndBitwiseAnd(this, ~flags) & ~flags;
  }

  /**
   * Sets {@link #BUSY} if the connection is dirty, idle and not busy yet: it is to be rolled back.
   */
  boolean tryStartRollback() {
    while (true) {
      long s = state();
      if (!has(s, DIRTY) || has(s, BUSY | REMOVED) || load(s) != 0) {
        return false;
      }
      if (STATE.compareAndSet(this, s, s | BUSY)) {
        return true;
      }
    }
  }

  @Override
  public String toString() {
    return "connection " + connection.processId();
  }
}
