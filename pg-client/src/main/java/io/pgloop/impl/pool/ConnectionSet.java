package io.pgloop.impl.pool;

import java.util.Arrays;

/**
 * The connections in the pool, as an array replaced on each change (copy on write): changes are
 * rare (a connection opened or closed), reads are on every pool query, and a reader on any thread
 * gets a consistent array without a lock. Changed under the pool's lock.
 */
final class ConnectionSet {

  private static final PooledConnection[] NONE = new PooledConnection[0];

  private volatile PooledConnection[] connections = NONE;

  /** The connections now; the array is never changed, read it freely. */
  PooledConnection[] array() {
    return connections;
  }

  int size() {
    return connections.length;
  }

  boolean isEmpty() {
    return connections.length == 0;
  }

  void add(PooledConnection pooled) {
    PooledConnection[] now = connections;
    PooledConnection[] next = Arrays.copyOf(now, now.length + 1);
    next[now.length] = pooled;
    connections = next;
  }

  /** Takes a connection out; false when it was not in. */
  boolean remove(PooledConnection pooled) {
    PooledConnection[] now = connections;
    for (int i = 0; i < now.length; i++) {
      if (now[i] == pooled) {
        PooledConnection[] next = new PooledConnection[now.length - 1];
        System.arraycopy(now, 0, next, 0, i);
        System.arraycopy(now, i + 1, next, i, now.length - i - 1);
        connections = next;
        return true;
      }
    }
    return false;
  }
}
