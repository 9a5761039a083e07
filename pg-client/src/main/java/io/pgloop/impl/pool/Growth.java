package io.pgloop.impl.pool;

import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.util.ArrayList;
import java.util.List;

/**
 * How many connections the pool opens, and when: enough for the waiting borrowers, one for all the
 * waiting pool queries, and the minimum size; while the server is down, one at a time after an
 * exponentially growing delay, never giving up. The counts are guarded by the pool's lock; {@link
 * #connecting} and {@link Backoff#failing()} are also read without it, by a pool query that asks
 * whether the pool may grow.
 */
final class Growth {

  private final VertxInternal vertx;
  private final Object lock;
  private final Opener opener;
  private final Backoff backoff;
  private final List<Long> backoffTimers = new ArrayList<>();

  /** Connections being opened, or waiting for their backoff delay. */
  private volatile int connecting;

  /** The last failure to connect; reported while attempts keep failing. */
  private Throwable lastError;

  Growth(VertxInternal vertx, Object lock, Opener opener, Backoff backoff) {
    this.vertx = vertx;
    this.lock = lock;
    this.opener = opener;
    this.backoff = backoff;
  }

  int connecting() {
    return connecting;
  }

  /** The last connection error while attempts keep failing, else null. */
  Throwable failure() {
    return backoff.failing() ? lastError : null;
  }

  /**
   * Whether one more connection could be opened for pool queries piling up on the open ones: none
   * is being opened, there is room and the server answers. Read without the lock, then confirmed by
   * {@link #oneMoreLocked}.
   */
  boolean mayAddOne(int size, int maxSize) {
    return connecting == 0 && size < maxSize && !backoff.failing();
  }

  /** Counts one connection as connecting if {@link #mayAddOne} still holds. Under the lock. */
  boolean oneMoreLocked(int size, int maxSize) {
    if (!mayAddOne(size, maxSize)) {
      return false;
    }
    connecting++;
    return true;
  }

  /**
   * How many connections to open now for the waiters and the minimum size; counts them as
   * connecting. Under the lock.
   */
  int toOpenLocked(int size, int minSize, int maxSize, int borrowersWaiting, int queriesWaiting) {
    int total = size + connecting;
    int room = maxSize - total;
    if (room <= 0 || (backoff.failing() && connecting > 0)) {
      return 0;
    }
    int demand = borrowersWaiting + (queriesWaiting > 0 ? 1 : 0) - connecting;
    int want = Math.min(room, Math.max(minSize - total, demand));
    if (backoff.failing()) {
      want = Math.min(want, 1);
    }
    want = Math.max(want, 0);
    connecting += want;
    return want;
  }

  /**
   * Opens {@code count} connections counted as connecting, on the event loop of {@code near} when
   * it has one; after the backoff delay when attempts are failing. {@code open} is called on each
   * context to open the connection, or with null when the attempt is dropped.
   */
  void open(int count, ContextInternal near, java.util.function.Consumer<ContextInternal> open) {
    for (int i = 0; i < count; i++) {
      ContextInternal context = opener.contextNear(near);
      long delay;
      synchronized (lock) {
        delay = backoff.nextDelayMillis();
        if (delay > 0) {
          long[] timer = new long[1];
          timer[0] =
              vertx.setTimer(
                  delay,
                  id -> {
                    synchronized (lock) {
                      backoffTimers.remove((Long) timer[0]);
                    }
                    open.accept(context);
                  });
          backoffTimers.add(timer[0]);
        }
      }
      if (delay == 0) {
        open.accept(context);
      }
    }
  }

  /** An attempt ended: it failed with {@code failure}, or succeeded when null. Under the lock. */
  void attemptEndedLocked(Throwable failure) {
    connecting--;
    if (failure != null) {
      lastError = failure;
      backoff.failed();
    } else {
      backoff.succeeded();
    }
  }

  /** An attempt is dropped before it was made (the pool is closing). Under the lock. */
  void droppedLocked() {
    connecting--;
  }

  /** Cancels the attempts waiting for their backoff delay (the pool is closing). Under the lock. */
  void cancelDelayedLocked() {
    for (Long timer : backoffTimers) {
      if (vertx.cancelTimer(timer)) {
        connecting--;
      }
    }
    backoffTimers.clear();
  }
}
