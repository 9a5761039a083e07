package io.pgloop.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgPool;
import io.pgloop.PgPoolException;
import io.pgloop.PgPoolOptions;
import io.pgloop.PgPoolStats;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Many callers at once: nothing lost, nothing hung, timeouts kept; leaks reported. */
class PgPoolRaceTest extends PoolTestSupport {

  @Test
  void tenThousandAcquireReleaseRacesLoseNoConnection() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(4));
    int races = 10_000;
    AtomicInteger served = new AtomicInteger();
    List<Future<Void>> done = new ArrayList<>();
    // From several event-loop contexts at once, half borrowing, half running pool queries.
    for (int context = 0; context < 8; context++) {
      Promise<Void> finished = Promise.promise();
      int share = races / 8;
      boolean borrow = context % 2 == 0;
      io.vertx.core.Context ctx =
          ((io.vertx.core.internal.VertxInternal) vertx).createEventLoopContext();
      ctx.runOnContext(v -> burst(pool, share, borrow, served).onComplete(finished));
      done.add(finished.future());
    }
    await(Future.all(done));
    assertThat(served.get()).isEqualTo(races);
    PgPoolStats stats = pool.stats();
    assertThat(stats.borrowed()).isZero();
    assertThat(stats.waiting()).isZero();
    assertThat(stats.queriesInFlight()).isZero();
    assertThat(stats.size()).isBetween(1, 4);
    assertThat(stats.idle()).isEqualTo(stats.size());
    assertThat(stats.closed()).isZero();
    await(pool.close());
  }

  /** {@code count} requests fired at once from this context. */
  private static Future<Void> burst(PgPool pool, int count, boolean borrow, AtomicInteger served) {
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Future<?> one =
          borrow
              ? pool.getConnection().compose(connection -> connection.close())
              : pool.query("").execute();
      all.add(one.onSuccess(v -> served.incrementAndGet()));
    }
    return Future.all(all).mapEmpty();
  }

  @Test
  void fiftyCallersOfOneSecondQueriesOnTenConnectionsSucceedOrFailWithinTheirTimeout() {
    Duration timeout = Duration.ofSeconds(3);
    PgPool pool = pool(new PgPoolOptions().setMaxSize(10).setAcquireTimeout(timeout));
    // Elapsed milliseconds, negative for a caller that timed out.
    List<Future<Long>> elapsed = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      long start = System.nanoTime();
      elapsed.add(
          pool.withConnection(connection -> connection.query("SELECT pg_sleep(1)").execute())
              .transform(
                  ar -> {
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (ar.succeeded()) {
                      return Future.succeededFuture(millis);
                    }
                    return ar.cause() instanceof PgPoolException
                        ? Future.succeededFuture(-millis)
                        : Future.failedFuture(ar.cause());
                  }));
    }
    long bound = timeout.toMillis() * 11 / 10;
    int timedOut = 0;
    for (Future<Long> result : elapsed) {
      long millis = await(result);
      if (millis < 0) {
        timedOut++;
        assertThat(-millis).isBetween(timeout.toMillis(), bound);
      } else {
        // Served within the timeout, then one second of query.
        assertThat(millis).isLessThanOrEqualTo(bound + 1000);
      }
    }
    // Ten at a time for one second each: about 30 served within 3 s, the others timed out.
    assertThat(timedOut).isBetween(10, 40);
    await(pool.close());
  }

  @Test
  void aConnectionHeldPastTheLeakThresholdIsReportedWithItsBorrower() {
    List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(PgPool.class.getName());
    logger.addHandler(capture);
    try {
      PgPool pool =
          pool(
              new PgPoolOptions()
                  .setName("leaky")
                  .setLeakDetectionThreshold(Duration.ofMillis(100)));
      var connection = await(pool.getConnection());
      eventually(Duration.ofSeconds(5), () -> "a leak report", () -> !records.isEmpty());
      assertThat(records.get(0).getMessage())
          .startsWith("pool 'leaky': connection ")
          .contains("longer than the leak detection threshold; it was borrowed at:")
          .contains("borrowed from pool 'leaky' here")
          .contains(PgPoolRaceTest.class.getName());
      await(connection.close());
      await(pool.close());
    } finally {
      logger.removeHandler(capture);
    }
  }
}
