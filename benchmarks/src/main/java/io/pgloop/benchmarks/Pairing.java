package io.pgloop.benchmarks;

/**
 * The pairing keys of {@link BenchClient.Variant}: a peer's variant with a key is compared with
 * pgloop's variant of the same key, because the two send the same protocol pattern. Without a key
 * (the default) a peer is compared with pgloop's default variant, its first.
 *
 * <p>Why: a workload's variants can differ in what they ask of the server, not only in how the
 * client does it. Dividing pgloop's tuple-by-tuple {@code executeBatch} by pgjdbc's rewritten
 * multi-row inserts, or pgloop's Sync per query by pgbench's one Sync per 64, measures the protocol
 * pattern and says nothing about the client.
 */
final class Pairing {

  /** Explicit pipelining with one Sync per 64 queries: pgloop's {@code pipeline()}, pgbench's. */
  static final String SYNC_PER_64 = "sync-per-64";

  /** Batch inserts rewritten into set-based statements, pgloop's and pgjdbc's. */
  static final String REWRITE = "rewrite";

  /** Each row mapped to an application object as it arrives ({@code mapping(fn)}). */
  static final String MAPPING = "mapping";

  private Pairing() {}
}
