package io.pgloop.impl.pool;

import io.netty.channel.EventLoop;
import io.pgloop.impl.connection.PgConnectionImpl;
import io.vertx.core.Handler;
import io.vertx.core.internal.ContextInternal;

/**
 * A connection of the pool and what the pool knows of it. The mutable fields are guarded by the
 * pool's lock; the connection itself is used as any connection is.
 */
final class PooledConnection {

  final PgConnectionImpl connection;
  final ContextInternal context;
  final EventLoop eventLoop;
  final long expiresAt;

  /** Pool queries sent on this connection and not yet answered. */
  int load;

  /** Lent out for exclusive use. */
  boolean lent;

  /** Kept free of new pool queries so that a waiting borrower gets it once its load drains. */
  boolean reserved;

  /** Left in a transaction by a pool query: takes no work until rolled back. */
  boolean dirty;

  /** Being rolled back, reset or checked: takes no work. */
  boolean busy;

  /** No longer in the pool (evicted, expired, closing): never handed out again. */
  boolean removed;

  long lastUsed;
  long lentAt;
  boolean leakReported;
  Throwable borrowStack;
  Object metricsUse;

  /** The close handler the borrower set on its {@link LentConnection}, or null. */
  Handler<Void> borrowerCloseHandler;

  PooledConnection(
      PgConnectionImpl connection, ContextInternal context, long createdAt, long expiresAt) {
    this.connection = connection;
    this.context = context;
    this.eventLoop = context.nettyEventLoop();
    this.expiresAt = expiresAt;
    this.lastUsed = createdAt;
  }

  /** Can take work at all: in the pool, open, clean, not expired. */
  boolean usable(long now) {
    return !removed && !dirty && !busy && now < expiresAt && !connection.isClosed();
  }

  /** Can be lent: usable and doing nothing. */
  boolean idle(long now) {
    return !lent && load == 0 && usable(now);
  }

  /** Can take one more pool query. */
  boolean shareable(long now, int pipeliningLimit) {
    return !lent && !reserved && load < pipeliningLimit && usable(now);
  }

  @Override
  public String toString() {
    return "connection " + connection.processId();
  }
}
