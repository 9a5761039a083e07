package io.pgloop.impl.pool;

import io.pgloop.PgPoolStats;
import java.util.concurrent.atomic.LongAdder;

/**
 * The pool's running totals, and the snapshot of its state built from them. {@link #acquired} is
 * counted on every pool query, from every event loop, without the lock: it is striped so that the
 * loops do not contend for one cache line. The other counters change under the pool's lock.
 */
final class PoolCounters {

  final LongAdder acquired = new LongAdder();
  long timeouts;
  long rejected;
  long created;
  long closed;
  long connectionErrors;
  long totalWaitNanos;

  /** The stats of the pool now. Under the pool's lock, so that the numbers agree. */
  PgPoolStats snapshot(PooledConnection[] connections, int connecting, int waiting) {
    int idle = 0;
    int borrowed = 0;
    int pipelined = 0;
    int inFlight = 0;
    for (PooledConnection pooled : connections) {
      long state = pooled.state();
      int load = PooledConnection.load(state);
      if (PooledConnection.has(state, PooledConnection.LENT)) {
        borrowed++;
      } else if (load > 0) {
        pipelined++;
      } else {
        idle++;
      }
      inFlight += load;
    }
    return new PgPoolStats(
        connections.length,
        idle,
        borrowed,
        pipelined,
        connecting,
        waiting,
        inFlight,
        acquired.sum(),
        timeouts,
        rejected,
        created,
        closed,
        connectionErrors,
        totalWaitNanos);
  }

  /** What a pool error says: the pool, what went wrong, and the pool's state. */
  static String describe(
      String name, String problem, PgPoolStats stats, int maxSize, Throwable lastError) {
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
        + (lastError != null ? "; last connection error: " + lastError.getMessage() : "");
  }
}
