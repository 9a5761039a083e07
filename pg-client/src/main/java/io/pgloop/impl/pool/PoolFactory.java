package io.pgloop.impl.pool;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgPool;
import io.pgloop.PgPoolOptions;
import io.vertx.core.Vertx;
import io.vertx.core.internal.CloseFuture;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates pools, and finds shared ones: a shared pool is a Vert.x shared resource keyed by its
 * name, reference counted by the close futures of its handles.
 */
public final class PoolFactory {

  /** The key of the shared-data map that holds shared pools. */
  static final String SHARED_POOLS = "__pgloop.pools";

  private static final AtomicInteger NAMES = new AtomicInteger();

  private PoolFactory() {}

  /** See {@link PgPool#pool(Vertx, PgConnectOptions, PgPoolOptions)}. */
  public static PgPool create(
      Vertx vertx, PgConnectOptions connectOptions, PgPoolOptions poolOptions) {
    VertxInternal internal = (VertxInternal) vertx;
    PgConnectOptions connect = new PgConnectOptions(connectOptions).validate();
    PgPoolOptions pool = new PgPoolOptions(poolOptions).validate();
    String name =
        pool.getName() != null ? pool.getName() : "pgloop-pool-" + NAMES.incrementAndGet();
    // The handle closes with the verticle that created it (its context's close future), or with
    // Vert.x when created outside of any verticle.
    ContextInternal context = internal.getContext();
    CloseFuture owner = context != null ? context.closeFuture() : internal.closeFuture();
    CloseFuture handleCloseFuture = new CloseFuture();
    ConnectionPool connectionPool;
    if (pool.isShared()) {
      connectionPool =
          internal.createSharedResource(
              SHARED_POOLS,
              name,
              handleCloseFuture,
              poolCloseFuture -> {
                ConnectionPool created = new ConnectionPool(internal, connect, pool, name);
                poolCloseFuture.add(created);
                return created;
              });
    } else {
      connectionPool = new ConnectionPool(internal, connect, pool, name);
      handleCloseFuture.add(connectionPool);
    }
    owner.add(handleCloseFuture);
    return new PoolHandle(connectionPool, handleCloseFuture, owner);
  }
}
