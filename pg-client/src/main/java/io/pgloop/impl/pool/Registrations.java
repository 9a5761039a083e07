package io.pgloop.impl.pool;

import io.pgloop.PgConnection;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The type registrations made on the pool ({@code registerType} and its kin), in order, so that
 * every connection opened later gets them before it is handed out. Appended to under the pool's
 * lock; a connection records how many it has in {@link PooledConnection#registered}.
 */
final class Registrations {

  private final List<Function<PgConnection, Future<Void>>> registrations = new ArrayList<>();

  /** How many there are. Under the pool's lock. */
  int countLocked() {
    return registrations.size();
  }

  /** Appends one. Under the pool's lock. */
  void addLocked(Function<PgConnection, Future<Void>> registration) {
    registrations.add(registration);
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
}
