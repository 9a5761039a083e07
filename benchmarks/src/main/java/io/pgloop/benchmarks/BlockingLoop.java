package io.pgloop.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed loop over a blocking client: one thread per connection, each running its operation back
 * to back until the time is up. The threads live as long as the loop, so that the allocation meter
 * sees them across runs.
 */
final class BlockingLoop implements AutoCloseable {

  /** One blocking operation on one thread's own connection. */
  @FunctionalInterface
  interface Operation {
    /**
     * Runs once, reading its whole result.
     *
     * @return a checksum of what it read, so that the reading cannot be optimised away
     */
    long run() throws Exception;
  }

  private final List<Operation> operations;
  private final ExecutorService threads;

  /**
   * @param name prefix of the thread names, for thread dumps
   * @param operations one per thread, each bound to that thread's connection
   */
  BlockingLoop(String name, List<Operation> operations) {
    this.operations = List.copyOf(operations);
    AtomicInteger counter = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            operations.size(),
            r -> {
              Thread t = new Thread(r, name + "-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Runs every thread's operation until {@code durationNanos} have passed.
   *
   * @param unitsPerOperation how many units (queries, rows) one operation counts for
   * @throws Exception the first failure of any thread
   */
  Workload.Run run(long unitsPerOperation, long durationNanos) throws Exception {
    long start = System.nanoTime();
    long deadline = start + durationNanos;
    List<Future<long[]>> results = new ArrayList<>();
    for (Operation operation : operations) {
      results.add(
          threads.submit(
              () -> {
                long count = 0;
                long checksum = 0;
                do {
                  checksum += operation.run();
                  count++;
                } while (System.nanoTime() - deadline < 0);
                return new long[] {count, checksum};
              }));
    }
    long count = 0;
    long checksum = 0;
    for (Future<long[]> result : results) {
      long[] r = result.get();
      count += r[0];
      checksum += r[1];
    }
    long nanos = System.nanoTime() - start;
    Blackhole.consume(checksum);
    return new Workload.Run(count * unitsPerOperation, nanos);
  }

  @Override
  public void close() throws InterruptedException {
    threads.shutdownNow();
    threads.awaitTermination(10, TimeUnit.SECONDS);
  }
}
