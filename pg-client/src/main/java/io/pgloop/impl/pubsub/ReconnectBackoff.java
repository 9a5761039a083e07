package io.pgloop.impl.pubsub;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Delays between reconnection attempts: a base that starts at the initial delay and doubles after
 * each attempt up to the ceiling, and an actual delay drawn between half the base and the base
 * ("equal jitter"), so that subscribers cut off together do not return together, while none retries
 * much sooner than planned. Confined to the subscriber's context.
 */
final class ReconnectBackoff {

  private final long initialMillis;
  private final long maxMillis;
  private final DoubleSupplier random;
  private int attempts;

  /**
   * @param random values in [0, 1)
   */
  ReconnectBackoff(Duration initial, Duration max, DoubleSupplier random) {
    this.initialMillis = initial.toMillis();
    this.maxMillis = max.toMillis();
    this.random = random;
  }

  /** How many delays were handed out since the last {@link #reset()}: the attempts made. */
  int attempts() {
    return attempts;
  }

  /** The delay before the next attempt; counts the attempt. */
  long nextDelayMillis() {
    long base = initialMillis;
    for (int i = 0; i < attempts && base < maxMillis; i++) {
      base *= 2;
    }
    base = Math.min(base, maxMillis);
    attempts++;
    long half = base / 2;
    return base - (long) (random.getAsDouble() * half);
  }

  /** After a success: the next delay is the initial one again. */
  void reset() {
    attempts = 0;
  }
}
