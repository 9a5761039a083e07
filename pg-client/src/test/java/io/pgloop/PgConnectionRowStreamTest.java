package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.test.PgTestBase;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Row streams: back-pressure, ending, closing and failing mid-way, and bounded memory. */
class PgConnectionRowStreamTest extends PgTestBase {

  private static final String SERIES = "SELECT g FROM generate_series(1, $1::int) g";

  @Test
  void deliversEveryRowThenEnds() {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare(SERIES));
    List<Integer> seen = new CopyOnWriteArrayList<>();
    Promise<Void> ended = Promise.promise();
    statement
        .createStream(7, Tuple.of(50))
        .endHandler(v -> ended.complete())
        .exceptionHandler(ended::fail)
        .handler(row -> seen.add(row.getInteger(0)));
    await(ended.future());
    assertThat(seen).hasSize(50).startsWith(1, 2, 3).endsWith(50);
    assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
  }

  @Test
  void aPausedStreamReceivesNothingUntilResumed() throws Exception {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare(SERIES));
    List<Integer> seen = new CopyOnWriteArrayList<>();
    Promise<Void> ended = Promise.promise();
    RowStream<Row> stream = statement.createStream(10, Tuple.of(100));
    stream.endHandler(v -> ended.complete());
    stream.handler(
        row -> {
          seen.add(row.getInteger(0));
          if (seen.size() == 15) {
            stream.pause();
          }
        });
    waitUntil(() -> seen.size() >= 15);
    Thread.sleep(300);
    assertThat(seen).hasSize(15);
    stream.fetch(3);
    waitUntil(() -> seen.size() >= 18);
    Thread.sleep(200);
    assertThat(seen).hasSize(18);
    stream.resume();
    await(ended.future());
    assertThat(seen).hasSize(100);
    assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
  }

  @Test
  void closingTheConnectionEndsAPausedStreamInsteadOfWaitingForIt() throws Exception {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare(SERIES));
    RowStream<Row> stream = statement.createStream(10, Tuple.of(1_000_000));
    List<Integer> seen = new CopyOnWriteArrayList<>();
    Promise<Void> ended = Promise.promise();
    stream.exceptionHandler(ended::tryFail).endHandler(v -> ended.tryComplete());
    stream.handler(
        row -> {
          seen.add(row.getInteger(0));
          if (seen.size() == 1) {
            stream.pause();
          }
        });
    waitUntil(() -> seen.size() == 1);

    await(connection.close());

    assertThat(connection.isClosed()).isTrue();
    stream.resume();
    Throwable failure = failure(ended.future());
    assertThat(failure)
        .isInstanceOf(PgConnectionException.class)
        .hasMessage("the connection was closed while the portal was open");
    assertThat(seen).hasSizeLessThanOrEqualTo(10).startsWith(1);
  }

  @Test
  void closingTheConnectionEndsACursorLeftOpen() {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare(SERIES));
    Cursor cursor = statement.cursor(Tuple.of(1_000));
    assertThat(await(cursor.read(10)).size()).isEqualTo(10);

    await(connection.close());

    assertThat(cursor.hasMore()).isFalse();
    assertThat(failure(cursor.read(10))).isInstanceOf(PgConnectionException.class);
  }

  @Test
  void closingMidStreamClosesThePortalAndTheConnectionGoesOn() {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare(SERIES));
    RowStream<Row> stream = statement.createStream(5, Tuple.of(1_000_000));
    AtomicLong seen = new AtomicLong();
    Promise<Void> closed = Promise.promise();
    stream.handler(
        row -> {
          if (seen.incrementAndGet() == 12) {
            stream.close().onComplete(closed);
          }
        });
    await(closed.future());
    assertThat(seen.get()).isEqualTo(12);
    assertThat(
            await(connection.preparedQuery("SELECT 'ok'").execute()).iterator().next().getString(0))
        .isEqualTo("ok");
  }

  @Test
  void aServerErrorGoesToTheExceptionHandler() {
    PgConnection connection = connect();
    PreparedStatement statement =
        await(connection.prepare("SELECT 10 / (50 - g) FROM generate_series(1, 100) g"));
    AtomicLong seen = new AtomicLong();
    Promise<Void> failed = Promise.promise();
    statement
        .createStream(8)
        .exceptionHandler(failed::fail)
        .endHandler(v -> failed.complete())
        .handler(row -> seen.incrementAndGet());
    Throwable error = failure(failed.future());
    assertThat(((PgException) error).sqlState()).isEqualTo("22012");
    assertThat(seen.get()).isEqualTo(49);
    assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
  }

  @Test
  void aFailingHandlerEndsTheStreamAndFreesTheConnection() {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare(SERIES));
    Promise<Void> failed = Promise.promise();
    statement
        .createStream(4, Tuple.of(1000))
        .exceptionHandler(failed::fail)
        .handler(
            row -> {
              if (row.getInteger(0) == 6) {
                throw new IllegalStateException("consumer gave up at 6");
              }
            });
    assertThat(failure(failed.future())).hasMessage("consumer gave up at 6");
    assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
  }

  @Test
  void streamingAMillionRowsOneAtATimeKeepsTheHeapBounded() throws Exception {
    streamWithDemandOfOne(1_000_000);
  }

  @Test
  @EnabledIfSystemProperty(named = "pgloop.longTests", matches = "true")
  void streamingTenMillionRowsOneAtATimeKeepsTheHeapBounded() throws Exception {
    streamWithDemandOfOne(10_000_000);
  }

  /**
   * Streams {@code count} rows with a demand of one row at a time, sampling the used heap after a
   * forced GC while it runs, and prints the largest growth over the baseline.
   */
  private void streamWithDemandOfOne(int count) throws Exception {
    PgConnection connection = connect();
    PreparedStatement statement =
        await(connection.prepare("SELECT g FROM generate_series(1, " + count + ") g"));
    long baseline = usedHeapAfterGc();
    AtomicLong seen = new AtomicLong();
    AtomicLong sum = new AtomicLong();
    Promise<Void> ended = Promise.promise();
    RowStream<Row> stream = statement.createStream(1000);
    stream.pause();
    stream.exceptionHandler(ended::tryFail).endHandler(v -> ended.tryComplete());
    stream.handler(
        row -> {
          seen.incrementAndGet();
          sum.addAndGet(row.getInteger(0));
          stream.fetch(1);
        });
    stream.fetch(1);
    // About 20k rows/s on a loaded 2-core machine: a bound that only a stalled stream exceeds.
    Duration limit = Duration.ofSeconds(Math.max(120, count / 5_000));
    long limitNanos = limit.toNanos();
    long started = System.nanoTime();
    long peak = 0;
    while (!ended.future().isComplete()) {
      // Sparse samples: a forced GC stops the event loop too, and would slow the stream it
      // measures.
      Thread.sleep(1000);
      peak = Math.max(peak, usedHeapAfterGc() - baseline);
      if (System.nanoTime() - started > limitNanos) {
        throw new AssertionError(
            "streamed only "
                + seen.get()
                + " of "
                + count
                + " rows in "
                + limit.toSeconds()
                + " s");
      }
    }
    await(ended.future());
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.printf(
        "streamed %,d rows with a demand of 1 in %d s; heap growth peak %.1f MB%n",
        seen.get(), seconds, peak / 1048576.0);
    assertThat(seen.get()).isEqualTo(count);
    assertThat(sum.get()).isEqualTo((long) count * (count + 1) / 2);
    assertThat(peak).isLessThan(128L * 1024 * 1024);
    assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + TIMEOUT);
      }
      Thread.sleep(10);
    }
  }
}
