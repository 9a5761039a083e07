package io.pgloop.benchmarks;

/**
 * One workload, opened for one client: its connections are open and its statements ready. The
 * {@link Harness} calls {@link #run} for the warm-up and then once per measured iteration, and
 * closes it at the end, so that whatever the workload keeps (connections, threads) lives across
 * iterations and its allocation is counted.
 *
 * <p>Called from the harness thread only, one call at a time.
 */
public interface Workload extends AutoCloseable {

  /**
   * What one call to {@link #run} did: how many units (queries or rows) in how many nanoseconds.
   */
  record Run(long units, long nanos) {

    /** Units per second. */
    public double rate() {
      return nanos == 0 ? 0 : units * 1e9 / nanos;
    }
  }

  /**
   * Runs the workload until {@code durationNanos} have passed, lets the operations in flight
   * finish, and says how much was done. The time counted runs from the first operation sent to the
   * last one completed.
   *
   * @throws Exception the first failure of any operation; the harness reports it and moves on
   */
  Run run(long durationNanos) throws Exception;

  /**
   * Resets what a run leaves behind (rows inserted into a sink table), before each run and outside
   * the measured time and allocation.
   */
  default void beforeRun() throws Exception {}

  /**
   * Whether the work happens in this JVM, so that allocation per unit means something; false for an
   * external program such as pgbench.
   */
  default boolean inProcess() {
    return true;
  }

  @Override
  void close() throws Exception;
}
