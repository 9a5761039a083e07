package io.pgloop.impl.pool;

import io.netty.channel.EventLoop;
import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnection;
import io.pgloop.PgPoolOptions;
import io.pgloop.impl.connection.PgConnectionImpl;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Opens one connection for the pool: on a context of the pool's own on the chosen event loop,
 * configured by the configure handler, with its jittered expiry. Knows nothing of the pool's state:
 * the pool counts attempts and decides on retries.
 */
final class Opener {

  private final VertxInternal vertx;
  private final PgConnectOptions connectOptions;
  private final PgPoolOptions options;

  Opener(VertxInternal vertx, PgConnectOptions connectOptions, PgPoolOptions options) {
    this.vertx = vertx;
    this.connectOptions = connectOptions;
    this.options = options;
  }

  /**
   * A new context on the event loop of {@code near} (any loop when it has none). The pool's own: a
   * connection must outlive the verticle that happened to cause its opening.
   */
  ContextInternal contextNear(ContextInternal near) {
    EventLoop loop =
        near != null && near.isEventLoopContext()
            ? near.nettyEventLoop()
            : vertx.nettyEventLoopGroup().next();
    return vertx.contextBuilder().withEventLoop(loop).build();
  }

  /**
   * Connects and configures on {@code context}.
   *
   * @return the connection, not yet in the pool; or the connection failure, or the configure
   *     handler's failure (the connection is closed then)
   */
  Future<PooledConnection> open(ContextInternal context) {
    Promise<PooledConnection> opened = context.promise();
    // Connecting from inside the context puts the connection on it.
    context.runOnContext(
        v ->
            PgConnection.connect(vertx, connectOptions)
                .compose(this::configure)
                .map(
                    connection -> {
                      long now = System.nanoTime();
                      return new PooledConnection(
                          (PgConnectionImpl) connection, context, now, expiry(now));
                    })
                .onComplete(opened));
    return opened.future();
  }

  private Future<PgConnection> configure(PgConnection connection) {
    Function<PgConnection, Future<Void>> configure = options.getConfigureHandler();
    if (configure == null) {
      return Future.succeededFuture(connection);
    }
    Future<Void> configured;
    try {
      configured = configure.apply(connection);
    } catch (RuntimeException e) {
      configured = Future.failedFuture(e);
    }
    return configured.transform(
        ar ->
            ar.succeeded()
                ? Future.succeededFuture(connection)
                : connection.close().transform(v -> Future.failedFuture(ar.cause())));
  }

  /** When a connection opened now expires: its lifetime less a random part of the jitter. */
  private long expiry(long now) {
    long lifetime = options.getMaxLifetime().toNanos();
    if (lifetime == 0) {
      return Long.MAX_VALUE;
    }
    double jitter = ThreadLocalRandom.current().nextDouble() * options.getMaxLifetimeJitter();
    return now + (long) (lifetime * (1 - jitter));
  }
}
