package io.pgloop.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;

/**
 * Measures one workload for every client variant, interleaved. It opens every variant, runs each
 * once unmeasured to warm the JIT, the connections and the server's caches, and then runs iteration
 * <i>i</i> of every variant before iteration <i>i+1</i> of any. Each round starts with a different
 * variant. Around each measured run it reads the allocation of every JVM thread, and the CPU time
 * of the client and of the server ({@link CpuMeter}).
 *
 * <p>Why interleave: on a machine shared with other work, the load drifts over minutes. Measuring
 * one client for half a minute and then the next would charge the drift to whichever client ran at
 * the bad moment. Interleaved, every client sees the same conditions, and the ratios hold even when
 * the absolute figures move.
 */
final class Harness {

  /** One client variant to measure. */
  record Entry(String client, BenchClient.Variant variant) {}

  private final BenchConfig config;
  private final AllocationMeter meter = new AllocationMeter();
  private final CpuMeter cpu;
  private final OptionalLong serverPid;
  private final PrintStream progress;

  /**
   * @param cpu reads the CPU times around each iteration
   * @param serverPid the postmaster whose family's CPU time is the server's; empty when the server
   *     was not started by this run (its processes may be on another machine)
   * @param progress where a line per variant goes (a smoke test passes one it keeps quiet)
   */
  Harness(BenchConfig config, CpuMeter cpu, OptionalLong serverPid, PrintStream progress) {
    this.config = config;
    this.cpu = cpu;
    this.serverPid = serverPid;
    this.progress = progress;
  }

  /**
   * Measures {@code kind} for every entry. A failure ends that entry's measurement, not the
   * others': it becomes a result that says so, never an exception.
   *
   * @return one result per entry, in the order of {@code entries}
   */
  List<Result> measure(WorkloadKind kind, List<Entry> entries) {
    long started = System.nanoTime();
    List<Slot> slots = new ArrayList<>();
    for (Entry entry : entries) {
      slots.add(new Slot(entry));
    }
    List<Slot> running = new ArrayList<>();
    for (Slot slot : slots) {
      if (slot.entry.variant().supported() && slot.open()) {
        running.add(slot);
      }
    }
    if (!config.warmup().isZero()) {
      for (Slot slot : running) {
        slot.warmUp(config.warmup().toNanos());
      }
    }
    for (int i = 0; i < config.iterations(); i++) {
      for (int j = 0; j < running.size(); j++) {
        running
            .get((i + j) % running.size())
            .measure(config.iteration().toNanos(), kind == WorkloadKind.STREAM);
      }
    }
    List<Result> results = new ArrayList<>();
    for (Slot slot : slots) {
      slot.close();
      Result result = slot.result(kind);
      results.add(result);
      if (slot.entry.variant().supported()) {
        report(result);
      }
    }
    progress.printf(
        Locale.ROOT, "%-13s done in %.1f s%n", kind.id(), (System.nanoTime() - started) / 1e9);
    return results;
  }

  private void report(Result r) {
    String figure =
        r.measured()
            ? String.format(Locale.ROOT, "%,.0f %s/s", r.median(), r.kind().unit().label())
            : "failed: " + r.error();
    progress.printf(
        Locale.ROOT, "%-13s %-16s %-52s %s%n", r.kind().id(), r.client(), r.note(), figure);
    progress.flush();
  }

  /**
   * The CPU time the client has used so far, or {@link CpuMeter#UNAVAILABLE}: the whole JVM's for a
   * client in it (its GC and JIT threads are its cost too), the reaped children's for an external
   * program (its process is waited for before its run returns).
   */
  private long clientCpuNanos(boolean inProcess) {
    return inProcess ? cpu.jvmNanos() : cpu.reapedChildrenNanos();
  }

  /** The CPU time of the server's processes so far, or {@link CpuMeter#UNAVAILABLE}. */
  private long serverCpuNanos() {
    return serverPid.isPresent() ? cpu.familyNanos(serverPid.getAsLong()) : CpuMeter.UNAVAILABLE;
  }

  /** Adds to {@code figures} the microseconds per unit between two readings, when both exist. */
  private static void addMicrosPerUnit(List<Double> figures, long before, long after, long units) {
    if (before != CpuMeter.UNAVAILABLE && after != CpuMeter.UNAVAILABLE && units > 0) {
      figures.add((after - before) / 1e3 / units);
    }
  }

  /** One variant's workload and figures while the workload is measured. */
  private final class Slot {
    private final Entry entry;
    private final List<Double> rates = new ArrayList<>();
    private final List<Double> bytes = new ArrayList<>();
    private final List<Long> heapGrowth = new ArrayList<>();
    private final List<Double> clientCpu = new ArrayList<>();
    private final List<Double> serverCpu = new ArrayList<>();
    private Workload workload;
    private String error;

    Slot(Entry entry) {
      this.entry = entry;
    }

    boolean open() {
      try {
        workload = entry.variant().opener().open();
        return true;
      } catch (Exception e) {
        error = describe(e);
        return false;
      }
    }

    void warmUp(long nanos) {
      // An external program (pgbench) has no JIT to warm, and the server is warmed by the others.
      if (workload == null || !workload.inProcess()) {
        return;
      }
      try {
        workload.beforeRun();
        workload.run(nanos);
      } catch (Exception e) {
        fail(e);
      }
    }

    void measure(long nanos, boolean watchHeap) {
      if (workload == null) {
        return;
      }
      try {
        workload.beforeRun();
        HeapMeter heap = watchHeap && workload.inProcess() ? new HeapMeter() : null;
        if (heap != null) {
          heap.start();
        } else if (!config.smoke()) {
          // Collect earlier runs' garbage outside the measured time.
          System.gc();
        }
        boolean inProcess = workload.inProcess();
        // The CPU readings outermost: what they allocate stays out of the bytes per unit, and the
        // /proc scan for the server's processes out of the client's CPU time.
        long serverBefore = serverCpuNanos();
        long clientBefore = clientCpuNanos(inProcess);
        long before = meter.allocatedBytes();
        Workload.Run run;
        try {
          run = workload.run(nanos);
        } finally {
          if (heap != null) {
            heapGrowth.add(heap.stop());
          }
        }
        long after = meter.allocatedBytes();
        long clientAfter = clientCpuNanos(inProcess);
        long serverAfter = serverCpuNanos();
        rates.add(run.rate());
        if (inProcess && meter.supported() && run.units() > 0) {
          bytes.add((after - before) / (double) run.units());
        }
        addMicrosPerUnit(clientCpu, clientBefore, clientAfter, run.units());
        addMicrosPerUnit(serverCpu, serverBefore, serverAfter, run.units());
      } catch (Exception e) {
        fail(e);
      }
    }

    private void fail(Exception e) {
      error = describe(e);
      rates.clear();
      bytes.clear();
      heapGrowth.clear();
      clientCpu.clear();
      serverCpu.clear();
      close();
    }

    void close() {
      if (workload == null) {
        return;
      }
      try {
        workload.close();
      } catch (Exception e) {
        // The figures stand: they were taken before. Say so, and go on with the run.
        progress.println(
            entry.client() + " " + entry.variant().note() + ": closing: " + describe(e));
      }
      workload = null;
    }

    Result result(WorkloadKind kind) {
      BenchClient.Variant variant = entry.variant();
      if (!variant.supported()) {
        return Result.notApplicable(kind, entry.client(), variant.note())
            .withPairing(variant.pairing());
      }
      if (error != null) {
        return Result.failed(kind, entry.client(), variant.note(), error)
            .withPairing(variant.pairing());
      }
      return new Result(
          kind,
          entry.client(),
          variant.note(),
          rates,
          bytes,
          null,
          heapGrowth,
          variant.pairing(),
          clientCpu,
          serverCpu);
    }
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
