package io.pgloop.benchmarks;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A row of the bulk table as an application keeps it: what the mapping variants of bulk-read turn
 * each row into as it arrives, instead of keeping the driver's rows and reading them afterwards.
 */
record BulkRow(int i, String t, OffsetDateTime ts, BigDecimal n, boolean b) {

  /** The same checksum as {@link Blackhole#bulkRow}. */
  long checksum() {
    return Blackhole.bulkRow(i, t, ts, n, b);
  }

  /** The checksum of every row of a result. */
  static long checksum(Iterable<BulkRow> rows) {
    long sum = 0;
    for (BulkRow row : rows) {
      sum += row.checksum();
    }
    return sum;
  }
}
