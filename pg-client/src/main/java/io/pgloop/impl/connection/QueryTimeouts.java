package io.pgloop.impl.connection;

import java.time.Duration;

/** Which timeout a query runs with: its own, else the connection's default. */
final class QueryTimeouts {

  private QueryTimeouts() {}

  /** The timeout a query with {@code own} (null when not set) runs with; ZERO: none. */
  static Duration effective(Duration own, PgConnectionImpl connection) {
    return own != null ? own : connection.defaultQueryTimeout();
  }

  /**
   * The timer's delay for {@code timeout}, positive: a timeout below 1 ms still gives its chance.
   */
  static long timerMillis(Duration timeout) {
    return Math.max(1, (timeout.toNanos() + 999_999) / 1_000_000);
  }

  /**
   * {@code timeout}, checked.
   *
   * @throws IllegalArgumentException if it is null or negative
   */
  static Duration check(Duration timeout) {
    if (timeout == null || timeout.isNegative()) {
      throw new IllegalArgumentException(
          "a query timeout must be zero (none) or positive: " + timeout);
    }
    return timeout;
  }
}
