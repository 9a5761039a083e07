package io.pgloop.impl.pool;

import io.pgloop.PgConnection;
import io.pgloop.PgPool;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import java.util.List;
import java.util.function.Function;

/**
 * Opens connections for the pool and takes them in: a connection that opened gets the type
 * registrations made meanwhile, then joins the pool (or is closed, when the pool is closing); a
 * failure to open counts as a connection error and feeds the backoff. How many to open is decided
 * by {@link Dispatcher} and {@link Growth}.
 */
final class Openings {

  private static final System.Logger LOG = System.getLogger(PgPool.class.getName());

  private final ConnectionPool pool;

  Openings(ConnectionPool pool) {
    this.pool = pool;
  }

  /** Opens one more connection if pool queries pile up and the pool may grow; see Growth. */
  void growForQueries(ContextInternal caller) {
    if (!pool.growth().mayAddOne(pool.connections().size(), pool.maxSize())) {
      return;
    }
    boolean open;
    synchronized (pool) {
      open =
          !pool.closing() && pool.growth().oneMoreLocked(pool.connections().size(), pool.maxSize());
    }
    if (open) {
      pool.growth().open(1, caller, this::connect);
    }
  }

  /**
   * Opens a connection on {@code context}, already counted as connecting; drops the attempt when
   * the pool is closing.
   */
  void connect(ContextInternal context) {
    synchronized (pool) {
      if (!pool.closing()) {
        pool.opener().open(context).onComplete(ar -> connected(ar.result(), ar.cause()));
        return;
      }
      pool.growth().droppedLocked();
    }
    pool.closer().finishIfDone();
  }

  private void connected(PooledConnection pooled, Throwable failure) {
    if (failure != null) {
      synchronized (pool) {
        pool.counters().connectionErrors++;
        pool.growth().attemptEndedLocked(failure);
      }
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> "pool '" + pool.name() + "': could not connect: " + failure.getMessage());
      pool.dispatcher().dispatch();
      pool.closer().finishIfDone();
      return;
    }
    List<Function<PgConnection, Future<Void>>> missing;
    boolean keep = false;
    synchronized (pool) {
      missing = pool.registrations().fromLocked(pooled.registered);
      if (missing.isEmpty()) {
        pool.growth().attemptEndedLocked(null);
        pool.counters().created++;
        keep = !pool.closing() && !pooled.connection.isClosed();
        if (keep) {
          pool.connections().add(pooled);
        } else {
          pool.counters().closed++;
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
      pooled.connection.closeHandler(v -> pool.lost(pooled));
    } else {
      pooled.connection.close();
    }
    pool.dispatcher().dispatch();
    pool.closer().finishIfDone();
  }
}
