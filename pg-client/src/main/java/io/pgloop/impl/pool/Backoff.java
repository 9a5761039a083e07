package io.pgloop.impl.pool;

import java.time.Duration;

/**
 * Exponential backoff between connection attempts: the first delay after a failure, doubled after
 * each further failure up to a ceiling, and no delay again after a success. Guarded by the pool's
 * lock; {@link #failing()} is also read without it.
 */
final class Backoff {

  private final long initialMillis;
  private final long maxMillis;
  private long nextMillis;
  private volatile boolean failing;

  Backoff(Duration initial, Duration max) {
    this.initialMillis = initial.toMillis();
    this.maxMillis = max.toMillis();
    this.nextMillis = initialMillis;
  }

  /** Whether the last attempt failed: attempts then go one at a time, each after a delay. */
  boolean failing() {
    return failing;
  }

  /** The delay before the next attempt (0 unless failing); each call doubles the next one. */
  long nextDelayMillis() {
    if (!failing) {
      return 0;
    }
    long delay = nextMillis;
    nextMillis = Math.min(maxMillis, nextMillis * 2);
    return delay;
  }

  void failed() {
    failing = true;
  }

  void succeeded() {
    failing = false;
    nextMillis = initialMillis;
  }
}
