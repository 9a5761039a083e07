package io.pgloop.impl.pool;

import io.vertx.core.internal.VertxInternal;
import io.vertx.core.spi.metrics.PoolMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reports the pool to Vert.x's metrics SPI ({@link PoolMetrics}, pool type {@code "pg"}), so that
 * Micrometer and the other Vert.x metrics back ends show it: a request is enqueued when it has to
 * wait and dequeued when served or timed out; a use begins when a connection is lent or a pool
 * query sent, and ends when it is given back or answered. Without metrics every call is a no-op on
 * a null check.
 */
final class PoolMetricsReporter {

  /** The pool type the metrics are reported under. */
  static final String POOL_TYPE = "pg";

  @SuppressWarnings("rawtypes")
  private final PoolMetrics metrics;

  private final AtomicBoolean closed = new AtomicBoolean();

  private PoolMetricsReporter(PoolMetrics<?, ?> metrics) {
    this.metrics = metrics;
  }

  static PoolMetricsReporter create(VertxInternal vertx, String name, int maxSize) {
    VertxMetrics vertxMetrics = vertx.metrics();
    PoolMetrics<?, ?> metrics =
        vertxMetrics == null ? null : vertxMetrics.createPoolMetrics(POOL_TYPE, name, maxSize);
    return new PoolMetricsReporter(metrics);
  }

  Object enqueue() {
    return metrics == null ? null : metrics.enqueue();
  }

  @SuppressWarnings("unchecked")
  void dequeue(Object token) {
    if (metrics != null) {
      metrics.dequeue(token);
    }
  }

  Object begin() {
    return metrics == null ? null : metrics.begin();
  }

  @SuppressWarnings("unchecked")
  void end(Object token) {
    if (metrics != null) {
      metrics.end(token);
    }
  }

  /** Closes the metrics once, however many times the pool finishes closing. */
  void close() {
    if (metrics != null && closed.compareAndSet(false, true)) {
      metrics.close();
    }
  }
}
