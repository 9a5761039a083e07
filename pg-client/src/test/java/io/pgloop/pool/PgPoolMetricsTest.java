package io.pgloop.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgConnection;
import io.pgloop.PgPool;
import io.pgloop.PgPoolOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.metrics.MetricsOptions;
import io.vertx.core.spi.metrics.PoolMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pool reports to Vert.x's metrics SPI, which Micrometer users read. */
class PgPoolMetricsTest extends PoolTestSupport {

  /** Counts what the pool reports. */
  static final class CountingPoolMetrics implements PoolMetrics<Object, Object> {
    final AtomicInteger queued = new AtomicInteger();
    final AtomicInteger inUse = new AtomicInteger();
    final AtomicInteger uses = new AtomicInteger();
    volatile boolean closed;

    @Override
    public Object enqueue() {
      queued.incrementAndGet();
      return this;
    }

    @Override
    public void dequeue(Object token) {
      queued.decrementAndGet();
    }

    @Override
    public Object begin() {
      inUse.incrementAndGet();
      uses.incrementAndGet();
      return this;
    }

    @Override
    public void end(Object token) {
      inUse.decrementAndGet();
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void queueAndUseAreReportedUnderThePoolsName() {
    Map<String, CountingPoolMetrics> pools = new ConcurrentHashMap<>();
    VertxMetrics vertxMetrics =
        new VertxMetrics() {
          @Override
          public PoolMetrics<?, ?> createPoolMetrics(String type, String name, int maxSize) {
            CountingPoolMetrics metrics = new CountingPoolMetrics();
            pools.put(type + "/" + name + "/" + maxSize, metrics);
            return metrics;
          }
        };
    Vertx metered =
        Vertx.builder()
            .with(new VertxOptions().setMetricsOptions(new MetricsOptions().setEnabled(true)))
            .withMetrics(options -> vertxMetrics)
            .build();
    try {
      PgPool pool =
          PgPool.pool(metered, options(), new PgPoolOptions().setName("metered").setMaxSize(1));
      CountingPoolMetrics metrics = pools.get("pg/metered/1");
      assertThat(metrics).isNotNull();
      await(pool.query("SELECT 1").execute());
      PgConnection held = await(pool.getConnection());
      assertThat(metrics.inUse.get()).isEqualTo(1);
      Future<PgConnection> waiting = pool.getConnection();
      eventually(java.time.Duration.ofSeconds(5), () -> "queued", () -> metrics.queued.get() == 1);
      await(held.close());
      await(await(waiting).close());
      assertThat(metrics.queued.get()).isZero();
      assertThat(metrics.inUse.get()).isZero();
      assertThat(metrics.uses.get()).isEqualTo(3);
      await(pool.close());
      assertThat(metrics.closed).isTrue();
    } finally {
      await(metered.close());
    }
  }
}
