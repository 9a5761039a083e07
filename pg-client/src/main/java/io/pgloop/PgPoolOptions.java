package io.pgloop;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a {@link PgPool} sizes, checks, resets and replaces its connections.
 *
 * <h2>Threading</h2>
 *
 * A mutable data object, not thread-safe: configure it on one thread before handing it to {@link
 * PgPool#pool}. The pool takes a copy, so later changes do not reach it; resize a live pool with
 * {@link PgPool#setMaxSize(int)}.
 */
public final class PgPoolOptions {

  /** Default of {@link #getMaxSize()}. */
  public static final int DEFAULT_MAX_SIZE = 4;

  /** Default of {@link #getAcquireTimeout()}. */
  public static final Duration DEFAULT_ACQUIRE_TIMEOUT = Duration.ofSeconds(30);

  /** Default of {@link #getMaxIdle()}. */
  public static final Duration DEFAULT_MAX_IDLE = Duration.ofMinutes(10);

  /** Default of {@link #getMaxLifetime()}. */
  public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(1);

  /** Default of {@link #getMaxLifetimeJitter()}. */
  public static final double DEFAULT_MAX_LIFETIME_JITTER = 0.1;

  /** Default of {@link #getIdleCheckThreshold()}. */
  public static final Duration DEFAULT_IDLE_CHECK_THRESHOLD = Duration.ofSeconds(30);

  /** Default of {@link #getReconnectInitialDelay()}. */
  public static final Duration DEFAULT_RECONNECT_INITIAL_DELAY = Duration.ofMillis(100);

  /** Default of {@link #getReconnectMaxDelay()}. */
  public static final Duration DEFAULT_RECONNECT_MAX_DELAY = Duration.ofSeconds(10);

  /** Default of {@link #getCloseTimeout()}. */
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private String name;
  private boolean shared;
  private int minSize;
  private int maxSize = DEFAULT_MAX_SIZE;
  private int maxWaitQueueSize = -1;
  private Duration acquireTimeout = DEFAULT_ACQUIRE_TIMEOUT;
  private Duration maxIdle = DEFAULT_MAX_IDLE;
  private Duration maxLifetime = DEFAULT_MAX_LIFETIME;
  private double maxLifetimeJitter = DEFAULT_MAX_LIFETIME_JITTER;
  private Duration idleCheckThreshold = DEFAULT_IDLE_CHECK_THRESHOLD;
  private String resetSql;
  private Function<PgConnection, Future<Void>> resetHandler;
  private Function<PgConnection, Future<Void>> configureHandler;
  private Duration reconnectInitialDelay = DEFAULT_RECONNECT_INITIAL_DELAY;
  private Duration reconnectMaxDelay = DEFAULT_RECONNECT_MAX_DELAY;
  private Duration closeTimeout = DEFAULT_CLOSE_TIMEOUT;
  private Duration leakDetectionThreshold;

  /** Options with the defaults. */
  public PgPoolOptions() {}

  /** A copy of {@code other}. */
  public PgPoolOptions(PgPoolOptions other) {
    name = other.name;
    shared = other.shared;
    minSize = other.minSize;
    maxSize = other.maxSize;
    maxWaitQueueSize = other.maxWaitQueueSize;
    acquireTimeout = other.acquireTimeout;
    maxIdle = other.maxIdle;
    maxLifetime = other.maxLifetime;
    maxLifetimeJitter = other.maxLifetimeJitter;
    idleCheckThreshold = other.idleCheckThreshold;
    resetSql = other.resetSql;
    resetHandler = other.resetHandler;
    configureHandler = other.configureHandler;
    reconnectInitialDelay = other.reconnectInitialDelay;
    reconnectMaxDelay = other.reconnectMaxDelay;
    closeTimeout = other.closeTimeout;
    leakDetectionThreshold = other.leakDetectionThreshold;
  }

  /**
   * The pool's name: it appears in every error message of the pool and, for a {@link #isShared()
   * shared} pool, it is the key under which the pool is shared. Null (the default) gives a name
   * made up at creation.
   */
  public String getName() {
    return name;
  }

  /** Sets the pool's name. */
  public PgPoolOptions setName(String name) {
    this.name = name;
    return this;
  }

  /**
   * Whether the pool is shared: every {@link PgPool#pool} call with the same {@link #getName()
   * name} on one Vert.x instance returns a handle on the same pool, which closes when the last
   * handle is closed (or the last verticle that holds one is undeployed). The first caller's
   * options win. False by default.
   */
  public boolean isShared() {
    return shared;
  }

  /** Sets whether the pool is shared. */
  public PgPoolOptions setShared(boolean shared) {
    this.shared = shared;
    return this;
  }

  /** How many connections the pool keeps open even when idle; 0 by default. */
  public int getMinSize() {
    return minSize;
  }

  /**
   * Sets the minimum size.
   *
   * @throws IllegalArgumentException if negative
   */
  public PgPoolOptions setMinSize(int minSize) {
    this.minSize = atLeast("minSize", 0, minSize);
    return this;
  }

  /** The most connections the pool opens; {@value #DEFAULT_MAX_SIZE} by default. */
  public int getMaxSize() {
    return maxSize;
  }

  /**
   * Sets the maximum size.
   *
   * @throws IllegalArgumentException if below 1
   */
  public PgPoolOptions setMaxSize(int maxSize) {
    this.maxSize = atLeast("maxSize", 1, maxSize);
    return this;
  }

  /**
   * The most callers that may wait for a connection at once; one more fails at once. -1 (the
   * default) for no bound.
   */
  public int getMaxWaitQueueSize() {
    return maxWaitQueueSize;
  }

  /**
   * Sets the bound of the wait queue.
   *
   * @throws IllegalArgumentException if below -1
   */
  public PgPoolOptions setMaxWaitQueueSize(int maxWaitQueueSize) {
    this.maxWaitQueueSize = atLeast("maxWaitQueueSize", -1, maxWaitQueueSize);
    return this;
  }

  /**
   * How long a caller waits for a connection (or, for a pool query, for room on one) before it
   * fails; 30 s by default. The wait covers opening a connection when the pool must: a server that
   * is down makes callers fail at this timeout while the pool keeps reconnecting.
   */
  public Duration getAcquireTimeout() {
    return acquireTimeout;
  }

  /**
   * Sets the acquire timeout.
   *
   * @throws IllegalArgumentException if not positive
   */
  public PgPoolOptions setAcquireTimeout(Duration acquireTimeout) {
    this.acquireTimeout = positive("acquireTimeout", acquireTimeout);
    return this;
  }

  /**
   * How long a connection may stay unused before the pool closes it, while the pool holds more than
   * {@link #getMinSize()}; 10 minutes by default, {@link Duration#ZERO} for never.
   */
  public Duration getMaxIdle() {
    return maxIdle;
  }

  /**
   * Sets the maximum idle time.
   *
   * @throws IllegalArgumentException if negative or null
   */
  public PgPoolOptions setMaxIdle(Duration maxIdle) {
    this.maxIdle = notNegative("maxIdle", maxIdle);
    return this;
  }

  /**
   * How long a connection may live: once older, it takes no new work and is closed when its work is
   * done (and replaced if the pool needs it); 1 hour by default, {@link Duration#ZERO} for ever.
   * Each connection's lifetime is shortened by a random part of {@link #getMaxLifetimeJitter()}, so
   * that connections opened together do not expire together.
   */
  public Duration getMaxLifetime() {
    return maxLifetime;
  }

  /**
   * Sets the maximum lifetime.
   *
   * @throws IllegalArgumentException if negative or null
   */
  public PgPoolOptions setMaxLifetime(Duration maxLifetime) {
    this.maxLifetime = notNegative("maxLifetime", maxLifetime);
    return this;
  }

  /**
   * The largest fraction of {@link #getMaxLifetime()} taken off at random from each connection's
   * lifetime; 0.1 by default (a connection lives between 90% and 100% of the maximum).
   */
  public double getMaxLifetimeJitter() {
    return maxLifetimeJitter;
  }

  /**
   * Sets the lifetime jitter.
   *
   * @throws IllegalArgumentException if not within [0, 1]
   */
  public PgPoolOptions setMaxLifetimeJitter(double maxLifetimeJitter) {
    if (!(maxLifetimeJitter >= 0 && maxLifetimeJitter <= 1)) {
      throw new IllegalArgumentException(
          "maxLifetimeJitter must be within [0, 1], not " + maxLifetimeJitter);
    }
    this.maxLifetimeJitter = maxLifetimeJitter;
    return this;
  }

  /**
   * A connection unused for longer than this is checked with an empty query before it is used; one
   * that fails the check is closed and another is used, so the caller never sees the failure. 30 s
   * by default; {@link Duration#ZERO} checks every time, null never.
   */
  public Duration getIdleCheckThreshold() {
    return idleCheckThreshold;
  }

  /**
   * Sets the idle check threshold.
   *
   * @throws IllegalArgumentException if negative
   */
  public PgPoolOptions setIdleCheckThreshold(Duration idleCheckThreshold) {
    this.idleCheckThreshold =
        idleCheckThreshold == null ? null : notNegative("idleCheckThreshold", idleCheckThreshold);
    return this;
  }

  /**
   * SQL run on every connection given back with {@link PgConnection#close()}, after an open
   * transaction is rolled back, such as {@code DISCARD ALL} or {@code RESET ALL}; null (the
   * default) for none. A connection whose reset fails is closed.
   */
  public String getResetSql() {
    return resetSql;
  }

  /** Sets the reset SQL. */
  public PgPoolOptions setResetSql(String resetSql) {
    this.resetSql = resetSql;
    return this;
  }

  /**
   * A function run on every connection given back, after the rollback and the {@link #getResetSql()
   * reset SQL}; its future failing closes the connection. Null by default.
   */
  public Function<PgConnection, Future<Void>> getResetHandler() {
    return resetHandler;
  }

  /** Sets the reset handler. */
  public PgPoolOptions setResetHandler(Function<PgConnection, Future<Void>> resetHandler) {
    this.resetHandler = resetHandler;
    return this;
  }

  /**
   * A function run once on each new connection before the pool uses it (to set session parameters,
   * register codecs, prepare statements). Its future failing closes the connection and counts as a
   * connection error: the pool tries again after its backoff. Null by default.
   */
  public Function<PgConnection, Future<Void>> getConfigureHandler() {
    return configureHandler;
  }

  /** Sets the configure handler. */
  public PgPoolOptions setConfigureHandler(Function<PgConnection, Future<Void>> configureHandler) {
    this.configureHandler = configureHandler;
    return this;
  }

  /**
   * How long the pool waits before it tries again after a connection attempt failed; the delay
   * doubles after each failure up to {@link #getReconnectMaxDelay()} and is back to this after a
   * success. 100 ms by default. The pool never stops trying while it needs connections.
   */
  public Duration getReconnectInitialDelay() {
    return reconnectInitialDelay;
  }

  /**
   * Sets the first reconnection delay.
   *
   * @throws IllegalArgumentException if not positive
   */
  public PgPoolOptions setReconnectInitialDelay(Duration reconnectInitialDelay) {
    this.reconnectInitialDelay = positive("reconnectInitialDelay", reconnectInitialDelay);
    return this;
  }

  /** The longest delay between two connection attempts; 10 s by default. */
  public Duration getReconnectMaxDelay() {
    return reconnectMaxDelay;
  }

  /**
   * Sets the longest reconnection delay.
   *
   * @throws IllegalArgumentException if not positive
   */
  public PgPoolOptions setReconnectMaxDelay(Duration reconnectMaxDelay) {
    this.reconnectMaxDelay = positive("reconnectMaxDelay", reconnectMaxDelay);
    return this;
  }

  /**
   * How long {@link PgPool#close()} waits for borrowed connections and running pool queries before
   * it closes every connection regardless; 10 s by default.
   */
  public Duration getCloseTimeout() {
    return closeTimeout;
  }

  /**
   * Sets the close timeout.
   *
   * @throws IllegalArgumentException if negative or null
   */
  public PgPoolOptions setCloseTimeout(Duration closeTimeout) {
    this.closeTimeout = notNegative("closeTimeout", closeTimeout);
    return this;
  }

  /**
   * A connection borrowed with {@link PgPool#getConnection()} for longer than this is reported as a
   * probable leak: a warning is logged with the stack of the code that borrowed it. Null (the
   * default) turns the detection off, and with it the cost of recording a stack per borrow.
   */
  public Duration getLeakDetectionThreshold() {
    return leakDetectionThreshold;
  }

  /**
   * Sets the leak detection threshold.
   *
   * @throws IllegalArgumentException if not positive
   */
  public PgPoolOptions setLeakDetectionThreshold(Duration leakDetectionThreshold) {
    this.leakDetectionThreshold =
        leakDetectionThreshold == null
            ? null
            : positive("leakDetectionThreshold", leakDetectionThreshold);
    return this;
  }

  /**
   * Checks what no single setter can.
   *
   * @return this
   * @throws IllegalArgumentException when minSize exceeds maxSize, or the reconnection delays are
   *     inverted
   */
  public PgPoolOptions validate() {
    if (minSize > maxSize) {
      throw new IllegalArgumentException(
          "minSize (" + minSize + ") must not exceed maxSize (" + maxSize + ")");
    }
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

  private static int atLeast(String name, int min, int value) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", not " + value);
    }
    return value;
  }

  private static Duration positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
    return value;
  }

  private static Duration notNegative(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, not " + value);
    }
    return value;
  }
}
