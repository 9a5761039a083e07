package io.pgloop.impl.pool;

import io.netty.channel.EventLoop;
import java.util.List;

/**
 * Where a request goes: which connection a borrower gets and which connection a pool query is
 * pipelined on. Called under the pool's lock.
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

  /** An idle connection for a borrower, on its event loop if one is idle there; or null. */
  static PooledConnection forBorrower(
      List<PooledConnection> connections, EventLoop loop, long now) {
    PooledConnection any = null;
    for (int i = 0, n = connections.size(); i < n; i++) {
      PooledConnection candidate = connections.get(i);
      if (candidate.idle(now)) {
        if (candidate.eventLoop == loop) {
          return candidate;
        }
        if (any == null) {
          any = candidate;
        }
      }
    }
    return any;
  }

  /** The connection with the lowest score that has room for one more pool query; or null. */
  static PooledConnection forQuery(
      List<PooledConnection> connections, EventLoop loop, long now, int pipeliningLimit) {
    PooledConnection best = null;
    int bestScore = Integer.MAX_VALUE;
    for (int i = 0, n = connections.size(); i < n; i++) {
      PooledConnection candidate = connections.get(i);
      if (!candidate.shareable(now, pipeliningLimit)) {
        continue;
      }
      int score = candidate.load + (candidate.eventLoop == loop ? 0 : REMOTE_PENALTY);
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
        if (score == 0) {
          break;
        }
      }
    }
    return best;
  }
}
