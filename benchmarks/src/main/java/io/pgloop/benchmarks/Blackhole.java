package io.pgloop.benchmarks;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Keeps the JIT from dropping work whose result nobody reads: each run's checksum of the values it
 * read ends up in a volatile field. Written once per run, not per row, so it costs nothing
 * measured.
 */
final class Blackhole {

  private static volatile long sink;

  private Blackhole() {}

  /** Publishes {@code checksum} where the JIT has to assume someone reads it. */
  static void consume(long checksum) {
    sink += checksum;
  }

  /**
   * The checksum of one row of the bulk table, the same for every client so that each reads every
   * column and does the same work with it.
   */
  static long bulkRow(int i, String t, OffsetDateTime ts, BigDecimal n, boolean b) {
    return i + t.length() + ts.toEpochSecond() + n.scale() + (b ? 1 : 0);
  }
}
