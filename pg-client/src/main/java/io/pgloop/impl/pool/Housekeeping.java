package io.pgloop.impl.pool;

import io.pgloop.PgPool;
import io.pgloop.PgPoolOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The pool's periodic sweep: connections idle past {@link PgPoolOptions#getMaxIdle()} (above the
 * minimum size) or past their lifetime go, and borrowers that hold a connection past the leak
 * threshold are reported.
 */
final class Housekeeping {

  private static final System.Logger LOG = System.getLogger(PgPool.class.getName());

  private Housekeeping() {}

  /**
   * How often to sweep: a quarter of the shortest limit, so expiry is observed within 25% of it,
   * between 10 ms and 1 s.
   */
  static long period(PgPoolOptions options) {
    long shortest = 1000;
    for (Duration limit :
        new Duration[] {
          options.getMaxIdle(), options.getMaxLifetime(), options.getLeakDetectionThreshold()
        }) {
      if (limit != null && !limit.isZero()) {
        shortest = Math.min(shortest, limit.toMillis() / 4);
      }
    }
    return Math.max(10, shortest);
  }

  /**
   * The connections to close now, marked {@link PooledConnection#REMOVED} so that no pool query
   * claims them meanwhile. Under the pool's lock.
   */
  static List<PooledConnection> sweep(
      PooledConnection[] connections, PgPoolOptions options, int minSize, long now, String name) {
    List<PooledConnection> retired = new ArrayList<>();
    long maxIdle = options.getMaxIdle().toNanos();
    Duration leak = options.getLeakDetectionThreshold();
    int remaining = connections.length;
    for (PooledConnection pooled : connections) {
      if (pooled.has(PooledConnection.LENT)) {
        if (leak != null
            && !pooled.leakReported
            && pooled.borrowStack != null
            && now - pooled.lentAt >= leak.toNanos()) {
          pooled.leakReported = true;
          reportLeak(pooled, name, (now - pooled.lentAt) / 1_000_000);
        }
        continue;
      }
      boolean expired = now >= pooled.expiresAt;
      boolean idleTooLong = maxIdle > 0 && now - pooled.lastUsed >= maxIdle && remaining > minSize;
      if ((expired || idleTooLong) && pooled.tryRetire()) {
        retired.add(pooled);
        remaining--;
      }
    }
    return retired;
  }

  private static void reportLeak(PooledConnection pooled, String name, long heldMillis) {
    StringWriter stack = new StringWriter();
    pooled.borrowStack.printStackTrace(new PrintWriter(stack));
    LOG.log(
        System.Logger.Level.WARNING,
        "pool '"
            + name
            + "': "
            + pooled
            + " has been borrowed for "
            + heldMillis
            + " ms, longer than the leak detection threshold; it was borrowed at:\n"
            + stack);
  }
}
