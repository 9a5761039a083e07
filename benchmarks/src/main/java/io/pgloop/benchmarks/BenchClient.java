package io.pgloop.benchmarks;

import java.util.List;

/**
 * A client under test (pgloop, vertx-pg-client, pgjdbc, libpq through pgbench): it says which
 * variants of each workload it runs and opens them one at a time.
 */
public interface BenchClient {

  /** How a variant is opened; may connect, prepare and start threads. */
  @FunctionalInterface
  interface Opener {
    Workload open() throws Exception;
  }

  /**
   * One way of running a workload with this client, such as vertx-pg-client's {@code Pool} or its
   * pipelined client for the pool workload. A variant without an opener is printed as n/a with the
   * reason in its note.
   *
   * @param note how the client runs the workload, or why it does not
   * @param opener opens the workload; null when the client cannot run it
   * @param pairing the key that pairs a peer's variant with pgloop's variant of the same protocol
   *     pattern for the ratio ({@link Pairing}); null for the default
   */
  record Variant(String note, Opener opener, String pairing) {

    /** A variant without a pairing key: compared with pgloop's default variant. */
    public Variant(String note, Opener opener) {
      this(note, opener, null);
    }

    /** A variant this client cannot run, with the reason printed instead of figures. */
    public static Variant unsupported(String reason) {
      return new Variant(reason, null);
    }

    /** This variant with the pairing key {@code key} (see {@link Pairing}). */
    public Variant pairedBy(String key) {
      return new Variant(note, opener, key);
    }

    /** Whether this variant can run. */
    public boolean supported() {
      return opener != null;
    }
  }

  /** The name in the client column: "pgloop", "vertx-pg-client", "pgjdbc", "libpq". */
  String name();

  /**
   * The variants of {@code kind} this client runs, or one unsupported variant saying why it does
   * not, or an empty list when the workload does not apply at all (no row in the table).
   */
  List<Variant> variants(WorkloadKind kind);
}
