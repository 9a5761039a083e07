package io.pgloop.impl.pool;

import io.pgloop.PgConnection;
import io.pgloop.PgPool;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The type registrations made on the pool ({@code registerType} and its kin): each is tried on one
 * connection, then applied to every open connection, and kept, in order, so that every connection
 * opened later gets it before it is handed out (a connection records how many it has in {@link
 * PooledConnection#registered}). The list is guarded by the pool's lock.
 */
final class Registrations {

  private static final System.Logger LOG = System.getLogger(PgPool.class.getName());

  private final ConnectionPool pool;
  private final List<Function<PgConnection, Future<Void>>> registrations = new ArrayList<>();

  Registrations(ConnectionPool pool) {
    this.pool = pool;
  }

  /** The registrations from index {@code from} on. Under the pool's lock. */
  List<Function<PgConnection, Future<Void>>> fromLocked(int from) {
    return new ArrayList<>(registrations.subList(from, registrations.size()));
  }

  /**
   * Applies {@code registrations} to a connection one after the other, counting each in {@link
   * PooledConnection#registered} (the connection is not in the pool yet: nobody else touches it).
   *
   * @return a future failed with the first registration's failure
   */
  static Future<Void> apply(
      PooledConnection pooled, List<Function<PgConnection, Future<Void>>> registrations) {
    Future<Void> chain = Future.succeededFuture();
    for (Function<PgConnection, Future<Void>> registration : registrations) {
      chain =
          chain.compose(
              v ->
                  applyOne(registration, pooled.connection)
                      .onSuccess(
                          done -> {
                            pooled.registered++;
                          }));
    }
    return chain;
  }

  /** Runs one registration on a connection; one that throws fails the future. */
  static Future<Void> applyOne(
      Function<PgConnection, Future<Void>> registration, PgConnection connection) {
    try {
      return registration.apply(connection);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  /**
   * Registers a type on every connection: first on one (whose failure fails the future and leaves
   * the pool as it was), then on every other connection open now; connections opened later get it
   * before they are handed out. A connection that fails to take it (it broke, or its borrower left
   * it in a failed transaction) is closed rather than handed out without it: at once, or when its
   * borrower gives it back.
   */
  Future<Void> register(Function<PgConnection, Future<Void>> registration) {
    return pool.queries()
        .run(connection -> Registrations.applyOne(registration, connection))
        .compose(
            v -> {
              PooledConnection[] current;
              synchronized (pool) {
                registrations.add(registration);
                current = pool.connections().array();
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
        () -> "pool '" + pool.name() + "': " + pooled + " failed a type registration, closed",
        failure);
    boolean lent;
    synchronized (pool) {
      pooled.missesRegistration = true;
      lent = pooled.has(PooledConnection.LENT);
    }
    if (!lent) {
      pool.evict(pooled);
    }
    return Future.succeededFuture();
  }
}
