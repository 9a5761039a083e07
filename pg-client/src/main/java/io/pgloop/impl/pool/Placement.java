package io.pgloop.impl.pool;

import io.netty.channel.EventLoop;

/**
 * Where a request goes: which connection a borrower gets and which connection a pool query is
 * pipelined on; each choice is claimed on the connection's state word (see {@link
 * PooledConnection}), and a choice that lost a race to another thread is made again.
 *
 * <p>The caller's own event loop is preferred, because a command submitted on the connection's loop
 * is queued without a thread hop, and its result comes back on the same thread. A pool query goes
 * to the connection with the lowest score: its load (pool queries in flight), plus {@link
 * #REMOTE_PENALTY} when it is on another event loop. A remote connection wins only when it carries
 * that many fewer queries: one more query in a local pipeline costs less than a hop to another
 * thread and back (measured: a penalty of 1 made the pool slower than callers pinned to 4 plain
 * connections on an idle machine; 16 made it as fast or faster).
 */
final class Placement {

  /** What crossing to another event loop costs, counted in queries in flight. */
  static final int REMOTE_PENALTY = 16;

  private Placement() {}

  /**
   * Lends an idle connection to a borrower, one on its event loop if one is idle there. Under the
   * pool's lock (lending is decided there), but it races pool queries that claim slots lock-free.
   *
   * @return the connection, now {@link PooledConnection#LENT} (and {@link PooledConnection#BUSY}
   *     when it is to be checked first); or null
   */
  static PooledConnection lend(
      PooledConnection[] connections, EventLoop loop, long now, long idleCheckNanos) {
    while (true) {
      PooledConnection best = null;
      for (PooledConnection candidate : connections) {
        long state = candidate.state();
        if ((state & ~PooledConnection.RESERVED) != 0 || !candidate.fresh(now)) {
          continue;
        }
        if (best == null || (candidate.eventLoop == loop && best.eventLoop != loop)) {
          best = candidate;
        }
      }
      if (best == null) {
        return null;
      }
      if (best.tryLend(idleCheckNanos >= 0 && now - best.lastUsed >= idleCheckNanos)) {
        return best;
      }
    }
  }

  /**
   * Claims a slot on the connection with the lowest score that has room for one more pool query.
   * Lock-free: safe from any thread.
   *
   * @return the connection, its load counting this query (and {@link PooledConnection#BUSY} when it
   *     is to be checked first, having been idle for {@code idleCheckNanos}); or null when none has
   *     room
   */
  static PooledConnection claim(
      PooledConnection[] connections,
      EventLoop loop,
      long now,
      int pipeliningLimit,
      long idleCheckNanos) {
    while (true) {
      PooledConnection best = null;
      int bestScore = Integer.MAX_VALUE;
      for (PooledConnection candidate : connections) {
        boolean local = candidate.eventLoop == loop;
        if (!local && bestScore <= REMOTE_PENALTY) {
          // A remote connection cannot win: not even worth reading its state, a cache line that
          // another event loop keeps writing.
          continue;
        }
        long state = candidate.state();
        int load = PooledConnection.load(state);
        if (state != load || load >= pipeliningLimit) {
          continue; // a flag is set, or it is full
        }
        int score = load + (local ? 0 : REMOTE_PENALTY);
        if (score < bestScore && candidate.fresh(now)) {
          best = candidate;
          bestScore = score;
          if (score == 0) {
            break;
          }
        }
      }
      if (best == null) {
        return null;
      }
      if (best.tryClaim(pipeliningLimit, now, idleCheckNanos)) {
        return best;
      }
    }
  }
}
