package io.pgloop.benchmarks;

import io.vertx.core.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * A closed loop over a Future-returning client: {@code concurrency} callers, each sending its next
 * operation from the completion of its previous one, until the time is up. Used for pgloop and
 * vertx-pg-client alike, so that both are driven by exactly the same code.
 *
 * <p>Each caller keeps its own counters: after the first send, a caller runs on the event loop of
 * its connection, and shared counters would make the event loops contend for a cache line.
 */
final class AsyncLoop {

  private AsyncLoop() {}

  /**
   * Runs {@code concurrency} callers for {@code durationNanos}.
   *
   * @param operation sends one operation for caller {@code i}
   * @param consume reads the whole result (every column of every row), returning a checksum so that
   *     the reading cannot be optimised away
   * @param unitsPerOperation how many units (queries, rows) one operation counts for
   * @return the units done and the time from the first send to the last completion
   * @throws Exception the first failure of any caller
   */
  static <T> Workload.Run run(
      IntFunction<Future<T>> operation,
      ToLongFunction<T> consume,
      int concurrency,
      long unitsPerOperation,
      long durationNanos)
      throws Exception {
    CountDownLatch done = new CountDownLatch(concurrency);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long start = System.nanoTime();
    long deadline = start + durationNanos;
    Caller<?>[] callers = new Caller<?>[concurrency];
    for (int i = 0; i < concurrency; i++) {
      Caller<T> caller = new Caller<>(i, operation, consume, deadline, done, failure);
      callers[i] = caller;
      caller.next();
    }
    // Generous: a run ends by itself once the time is up and the last operations complete.
    if (!done.await(durationNanos / 1_000_000 + 120_000, TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("operations still in flight two minutes after the deadline");
    }
    long nanos = System.nanoTime() - start;
    if (failure.get() != null) {
      throw new Exception("operation failed: " + failure.get(), failure.get());
    }
    long operations = 0;
    long checksum = 0;
    for (Caller<?> caller : callers) {
      operations += caller.operations;
      checksum += caller.checksum;
    }
    Blackhole.consume(checksum);
    return new Workload.Run(operations * unitsPerOperation, nanos);
  }

  /** Convenience for a loop whose callers all send the same operation. */
  static <T> Workload.Run run(
      Supplier<Future<T>> operation,
      ToLongFunction<T> consume,
      int concurrency,
      long unitsPerOperation,
      long durationNanos)
      throws Exception {
    return run(i -> operation.get(), consume, concurrency, unitsPerOperation, durationNanos);
  }

  private static final class Caller<T> {
    private final int index;
    private final IntFunction<Future<T>> operation;
    private final ToLongFunction<T> consume;
    private final long deadline;
    private final CountDownLatch done;
    private final AtomicReference<Throwable> failure;
    // Written by one caller at a time (each completion sends the next); read after done.await().
    long operations;
    long checksum;

    Caller(
        int index,
        IntFunction<Future<T>> operation,
        ToLongFunction<T> consume,
        long deadline,
        CountDownLatch done,
        AtomicReference<Throwable> failure) {
      this.index = index;
      this.operation = operation;
      this.consume = consume;
      this.deadline = deadline;
      this.done = done;
      this.failure = failure;
    }

    void next() {
      if (failure.get() != null || System.nanoTime() - deadline >= 0) {
        done.countDown();
        return;
      }
      Future<T> future;
      try {
        future = operation.apply(index);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      future.onComplete(
          result -> {
            try {
              checksum += consume.applyAsLong(result);
            } catch (RuntimeException e) {
              fail(e);
              return;
            }
            operations++;
            next();
          },
          this::fail);
    }

    private void fail(Throwable t) {
      failure.compareAndSet(null, t);
      done.countDown();
    }
  }
}
