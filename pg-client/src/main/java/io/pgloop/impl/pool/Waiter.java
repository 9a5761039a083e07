package io.pgloop.impl.pool;

import io.netty.channel.EventLoop;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;

/** A caller waiting for a connection (a borrower) or for room on one (a pool query). */
final class Waiter {

  final boolean borrower;
  final ContextInternal context;
  final EventLoop eventLoop;
  final Promise<PooledConnection> promise;
  final long since;
  long timerId = -1;
  Object metricsToken;

  Waiter(boolean borrower, ContextInternal context, long since) {
    this.borrower = borrower;
    this.context = context;
    this.eventLoop = context.isEventLoopContext() ? context.nettyEventLoop() : null;
    this.promise = context.promise();
    this.since = since;
  }
}
