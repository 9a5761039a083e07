package io.pgloop.benchmarks;

/**
 * The one server every client of a run talks to: the one named by the environment variable {@code
 * PGLOOP_BENCH_URI} ({@code postgresql://user:password@host:port/database}), else a throwaway
 * embedded PostgreSQL started for the run and stopped at its end.
 */
final class BenchServer implements AutoCloseable {

  /** The environment variable that names an existing server. */
  static final String URI_VARIABLE = "PGLOOP_BENCH_URI";

  private final ServerInfo info;
  private final String origin;
  private final AutoCloseable owned;

  private BenchServer(ServerInfo info, String origin, AutoCloseable owned) {
    this.info = info;
    this.origin = origin;
    this.owned = owned;
  }

  /**
   * Uses the server of {@code PGLOOP_BENCH_URI}, or starts an embedded one.
   *
   * @throws IllegalArgumentException when the variable is set but not a postgresql:// URI
   */
  static BenchServer start() {
    String uri = System.getenv(URI_VARIABLE);
    if (uri != null && !uri.isBlank()) {
      return new BenchServer(ServerInfo.parse(uri), URI_VARIABLE, null);
    }
    throw new IllegalStateException("no server: set " + URI_VARIABLE + " to a postgresql:// URI");
  }

  /** Where to connect. */
  ServerInfo info() {
    return info;
  }

  /**
   * Where the server came from, for the report: "PGLOOP_BENCH_URI" or "embedded PostgreSQL 18.1".
   */
  String origin() {
    return origin;
  }

  /** Stops the server when this run started it. */
  @Override
  public void close() throws Exception {
    if (owned != null) {
      owned.close();
    }
  }
}
