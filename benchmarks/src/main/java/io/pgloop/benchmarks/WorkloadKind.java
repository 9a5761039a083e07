package io.pgloop.benchmarks;

/**
 * The workloads of the issue "Benchmarks against vertx-pg-client and pgjdbc, in one run", in the
 * order the table prints them. Each client adapter decides how (and whether) it runs each one.
 */
public enum WorkloadKind {
  SEQ1("seq1", "point select, one connection, one query in flight", Unit.QUERY),
  PIPE("pipe", "point select, one connection, 256 in flight", Unit.QUERY),
  POOL("pool", "point select, 4 connections, 256 concurrent callers", Unit.QUERY),
  FORTUNES("fortunes", "12-row select, 64 concurrent", Unit.QUERY),
  BULK_READ("bulk-read", "one query of int, text, timestamptz, numeric, bool rows", Unit.ROW),
  BATCH_INSERT("batch-insert", "executeBatch of 10,000 rows into an unlogged table", Unit.ROW),
  COPY_IN("copy-in", "COPY FROM STDIN, text format", Unit.ROW),
  COPY_OUT("copy-out", "COPY TO STDOUT, text format", Unit.ROW),
  STREAM(
      "stream",
      "10,000,000 generated rows of the bulk columns through a cursor, 1,000 per fetch, with the"
          + " live heap's growth",
      Unit.ROW);

  /** What one counted operation is, so that rates and bytes per operation read correctly. */
  public enum Unit {
    QUERY("query"),
    ROW("row");

    private final String label;

    Unit(String label) {
      this.label = label;
    }

    /** The singular name printed in the table ("query", "row"). */
    public String label() {
      return label;
    }
  }

  private final String id;
  private final String description;
  private final Unit unit;

  WorkloadKind(String id, String description, Unit unit) {
    this.id = id;
    this.description = description;
    this.unit = unit;
  }

  /** The short name used in the table, the CSV, the JSON and the {@code bench.workloads} filter. */
  public String id() {
    return id;
  }

  /** One line saying what the workload does. */
  public String description() {
    return description;
  }

  /** What the rates and the bytes are counted per. */
  public Unit unit() {
    return unit;
  }
}
