package io.pgloop.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;

/**
 * Measures one workload for one client variant: opens it, runs it once unmeasured to warm the JIT,
 * the connections and the server's caches, then runs it for each measured iteration, reading the
 * allocation of every thread of the JVM before and after each one.
 */
final class Harness {

  private final BenchConfig config;
  private final AllocationMeter meter = new AllocationMeter();
  private final PrintStream progress;

  /**
   * @param progress where one line per variant measured goes (a smoke test passes a quiet one)
   */
  Harness(BenchConfig config, PrintStream progress) {
    this.config = config;
    this.progress = progress;
  }

  /** Measures {@code variant}; a failure becomes a result that says so, never an exception. */
  Result measure(WorkloadKind kind, String client, BenchClient.Variant variant) {
    if (!variant.supported()) {
      return Result.notApplicable(kind, client, variant.note());
    }
    progress.printf(Locale.ROOT, "%-13s %-16s %s ... ", kind.id(), client, variant.note());
    progress.flush();
    long started = System.nanoTime();
    List<Double> rates = new ArrayList<>();
    List<Double> bytes = new ArrayList<>();
    try (Workload workload = variant.opener().open()) {
      if (!config.warmup().isZero()) {
        workload.beforeRun();
        workload.run(config.warmup().toNanos());
      }
      for (int i = 0; i < config.iterations(); i++) {
        workload.beforeRun();
        if (!config.smoke()) {
          // Collect the warm-up's and the previous iteration's garbage outside the measured time.
          System.gc();
        }
        long before = meter.allocatedBytes();
        Workload.Run run = workload.run(config.iteration().toNanos());
        long after = meter.allocatedBytes();
        rates.add(run.rate());
        if (workload.inProcess() && meter.supported() && run.units() > 0) {
          bytes.add((after - before) / (double) run.units());
        }
      }
    } catch (Exception e) {
      String error = describe(e);
      progress.println("failed: " + error);
      return Result.failed(kind, client, variant.note(), error);
    }
    Result result = new Result(kind, client, variant.note(), rates, bytes, null);
    progress.printf(
        Locale.ROOT,
        "%,.0f %s/s (%.1f s)%n",
        result.median(),
        kind.unit().label(),
        (System.nanoTime() - started) / 1e9);
    return result;
  }

  private static String describe(Throwable e) {
    Throwable cause = e;
    while ((cause instanceof ExecutionException || cause.getMessage() == null)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
