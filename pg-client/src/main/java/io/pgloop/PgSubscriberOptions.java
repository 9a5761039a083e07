package io.pgloop;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link PgSubscriber} reconnects after its connection is lost, and how many notifications a
 * paused {@link PgChannel} keeps.
 *
 * <h2>Threading</h2>
 *
 * A mutable data object, not thread-safe: configure it on one thread before handing it to {@link
 * PgSubscriber#subscriber(io.vertx.core.Vertx, PgConnectOptions, PgSubscriberOptions)}. The
 * subscriber takes a copy, so later changes do not reach it.
 */
public final class PgSubscriberOptions {

  /** {@link #getReconnectMaxAttempts()} for a subscriber that never gives up: the default. */
  public static final int RECONNECT_FOREVER = -1;

  /** Default of {@link #getReconnectInitialDelay()}. */
  public static final Duration DEFAULT_RECONNECT_INITIAL_DELAY = Duration.ofMillis(100);

  /** Default of {@link #getReconnectMaxDelay()}. */
  public static final Duration DEFAULT_RECONNECT_MAX_DELAY = Duration.ofSeconds(10);

  /** Default of {@link #getHealthCheckInterval()}. */
  public static final Duration DEFAULT_HEALTH_CHECK_INTERVAL = Duration.ofSeconds(30);

  /** Default of {@link #getMaxBufferedNotifications()}. */
  public static final int DEFAULT_MAX_BUFFERED_NOTIFICATIONS = 4096;

  private Duration reconnectInitialDelay = DEFAULT_RECONNECT_INITIAL_DELAY;
  private Duration reconnectMaxDelay = DEFAULT_RECONNECT_MAX_DELAY;
  private int reconnectMaxAttempts = RECONNECT_FOREVER;
  private int maxBufferedNotifications = DEFAULT_MAX_BUFFERED_NOTIFICATIONS;
  private Duration healthCheckInterval = DEFAULT_HEALTH_CHECK_INTERVAL;

  /** Options with every default. */
  public PgSubscriberOptions() {}

  /** A copy of {@code other}. */
  public PgSubscriberOptions(PgSubscriberOptions other) {
    this.reconnectInitialDelay = other.reconnectInitialDelay;
    this.reconnectMaxDelay = other.reconnectMaxDelay;
    this.reconnectMaxAttempts = other.reconnectMaxAttempts;
    this.maxBufferedNotifications = other.maxBufferedNotifications;
    this.healthCheckInterval = other.healthCheckInterval;
  }

  /**
   * The base delay before the first reconnection attempt after the connection is lost; 100 ms by
   * default. The base doubles after each failed attempt up to {@link #getReconnectMaxDelay()}, and
   * each actual delay is drawn at random between half the base and the base (jitter), so that many
   * subscribers do not all come back to a restarted server at the same instant.
   */
  public Duration getReconnectInitialDelay() {
    return reconnectInitialDelay;
  }

  /**
   * Sets the base delay of the first reconnection attempt.
   *
   * @throws IllegalArgumentException if not positive
   */
  public PgSubscriberOptions setReconnectInitialDelay(Duration reconnectInitialDelay) {
    this.reconnectInitialDelay = positive("reconnectInitialDelay", reconnectInitialDelay);
    return this;
  }

  /** The largest base delay between two reconnection attempts; 10 s by default. */
  public Duration getReconnectMaxDelay() {
    return reconnectMaxDelay;
  }

  /**
   * Sets the largest base delay between two reconnection attempts.
   *
   * @throws IllegalArgumentException if not positive
   */
  public PgSubscriberOptions setReconnectMaxDelay(Duration reconnectMaxDelay) {
    this.reconnectMaxDelay = positive("reconnectMaxDelay", reconnectMaxDelay);
    return this;
  }

  /**
   * How many reconnection attempts in a row may fail before the subscriber gives up and closes;
   * {@link #RECONNECT_FOREVER} (the default) never gives up, 0 does not reconnect at all.
   */
  public int getReconnectMaxAttempts() {
    return reconnectMaxAttempts;
  }

  /**
   * Sets how many reconnection attempts in a row may fail.
   *
   * @throws IllegalArgumentException if below {@link #RECONNECT_FOREVER}
   */
  public PgSubscriberOptions setReconnectMaxAttempts(int reconnectMaxAttempts) {
    if (reconnectMaxAttempts < RECONNECT_FOREVER) {
      throw new IllegalArgumentException(
          "reconnectMaxAttempts must be -1 (forever) or at least 0, not " + reconnectMaxAttempts);
    }
    this.reconnectMaxAttempts = reconnectMaxAttempts;
    return this;
  }

  /**
   * How many notifications a paused {@link PgChannel} keeps for when it resumes; 4096 by default.
   * When one more arrives, the oldest kept one is dropped and counted in {@link
   * PgChannel#droppedCount()}.
   */
  public int getMaxBufferedNotifications() {
    return maxBufferedNotifications;
  }

  /**
   * Sets how many notifications a paused channel keeps.
   *
   * @throws IllegalArgumentException if below 1
   */
  public PgSubscriberOptions setMaxBufferedNotifications(int maxBufferedNotifications) {
    if (maxBufferedNotifications < 1) {
      throw new IllegalArgumentException(
          "maxBufferedNotifications must be at least 1, not " + maxBufferedNotifications);
    }
    this.maxBufferedNotifications = maxBufferedNotifications;
    return this;
  }

  /**
   * How often a connected subscriber checks its connection with {@code SELECT 1}; 30 s by default,
   * {@link Duration#ZERO} for never. A check that has no answer within the interval aborts the
   * connection, and the subscriber reconnects as after any loss. A LISTEN connection is idle by
   * nature, so without this a network that silently stops delivering goes unnoticed until TCP
   * keepalives give up (two hours and more with the system's defaults).
   */
  public Duration getHealthCheckInterval() {
    return healthCheckInterval;
  }

  /**
   * Sets how often the connection is checked.
   *
   * @throws IllegalArgumentException if negative or null
   */
  public PgSubscriberOptions setHealthCheckInterval(Duration healthCheckInterval) {
    Objects.requireNonNull(healthCheckInterval, "healthCheckInterval");
    if (healthCheckInterval.isNegative()) {
      throw new IllegalArgumentException(
          "healthCheckInterval must be zero (never) or positive, not " + healthCheckInterval);
    }
    this.healthCheckInterval = healthCheckInterval;
    return this;
  }

  /**
   * Checks what no single setter can.
   *
   * @return this
   * @throws IllegalArgumentException when the initial reconnection delay exceeds the largest one
   */
  public PgSubscriberOptions validate() {
    if (reconnectInitialDelay.compareTo(reconnectMaxDelay) > 0) {
      throw new IllegalArgumentException(
          "reconnectInitialDelay ("
              + reconnectInitialDelay
              + ") must not exceed reconnectMaxDelay ("
              + reconnectMaxDelay
              + ")");
    }
    return this;
  }

  private static Duration positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
    return value;
  }
}
