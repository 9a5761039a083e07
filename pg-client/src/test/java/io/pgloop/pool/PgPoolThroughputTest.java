package io.pgloop.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.ResourceLeakDetector;
import io.pgloop.PgConnection;
import io.pgloop.PgPool;
import io.pgloop.PgPoolOptions;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Tuple;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Prints the throughput of point selects with 4 connections and 256 concurrent callers, the
 * workload of the anchors, through the pool and, in the same run, over 4 plain connections
 * that the callers share out statically (what the pool should come close to). Figures to read, not
 * assertions: the machine is shared.
 */
class PgPoolThroughputTest extends PoolTestSupport {

  private static final int CALLERS = 256;
  private static final long WARM_UP_MILLIS = 1000;
  private static final long MEASURE_MILLIS = 5000;

  @Test
  void pointSelectsWithFourConnectionsAndTwoHundredFiftySixCallers() {
    // The build runs tests with paranoid leak detection, which records a stack per buffer: a
    // measure of that would say nothing of the client.
    ResourceLeakDetector.Level level = ResourceLeakDetector.getLevel();
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    try {
      run();
    } finally {
      ResourceLeakDetector.setLevel(level);
    }
  }

  private void run() {
    List<PgConnection> connections = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      connections.add(connect());
    }
    double plain =
        measure(
            "4 plain connections",
            id -> connections.get(id % 4).preparedQuery("SELECT $1::int4").execute(Tuple.of(id)));
    PgPool pool = pool(new PgPoolOptions().setMaxSize(4).setMinSize(4));
    eventually(java.time.Duration.ofSeconds(30), pool::toString, () -> pool.size() == 4);
    double pooled =
        measure("pool of 4", id -> pool.preparedQuery("SELECT $1::int4").execute(Tuple.of(id)));
    System.out.printf(
        "pgloop pool / 4 plain connections: %.2f; pool stats: %s%n", pooled / plain, pool.stats());
    assertThat(pool.stats().created()).isEqualTo(4);
    await(pool.close());
  }

  private double measure(String label, IntFunction<Future<RowSet<Row>>> query) {
    AtomicLong completed = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long stopAt = System.nanoTime() + (WARM_UP_MILLIS + MEASURE_MILLIS) * 1_000_000;
    List<Future<Void>> callers = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      Promise<Void> done = Promise.promise();
      int id = i;
      vertx.runOnContext(v -> loop(query, id, stopAt, completed, errors, done));
      callers.add(done.future());
    }
    sleep(WARM_UP_MILLIS);
    long before = completed.get();
    long start = System.nanoTime();
    sleep(MEASURE_MILLIS);
    long count = completed.get() - before;
    double seconds = (System.nanoTime() - start) / 1e9;
    await(Future.all(callers));
    double rate = count / seconds;
    System.out.printf(
        "%s, %d callers, SELECT $1::int4: %.0f queries/s (%d in %.1f s)%n",
        label, CALLERS, rate, count, seconds);
    assertThat(errors.get()).isZero();
    return rate;
  }

  private void loop(
      IntFunction<Future<RowSet<Row>>> query,
      int id,
      long stopAt,
      AtomicLong completed,
      AtomicLong errors,
      Promise<Void> done) {
    if (System.nanoTime() > stopAt) {
      done.complete();
      return;
    }
    query
        .apply(id)
        .onComplete(
            ar -> {
              if (ar.succeeded() && ar.result().iterator().next().getInteger(0) == id) {
                completed.incrementAndGet();
              } else {
                errors.incrementAndGet();
              }
              loop(query, id, stopAt, completed, errors, done);
            });
  }
}
