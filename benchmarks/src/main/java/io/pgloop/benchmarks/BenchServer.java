package io.pgloop.benchmarks;

import io.pgloop.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Optional;

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
  private final EmbeddedPostgres embedded;

  private BenchServer(ServerInfo info, String origin, EmbeddedPostgres embedded) {
    this.info = info;
    this.origin = origin;
    this.embedded = embedded;
  }

  /**
   * Uses the server of {@code PGLOOP_BENCH_URI}, or starts an embedded one.
   *
   * @throws IllegalArgumentException when the variable is set but not a postgresql:// URI
   * @throws io.pgloop.embedded.EmbeddedPostgresException when the embedded server cannot start
   */
  static BenchServer start() {
    String uri = System.getenv(URI_VARIABLE);
    if (uri != null && !uri.isBlank()) {
      return new BenchServer(ServerInfo.parse(uri), URI_VARIABLE, null);
    }
    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
    // The superuser is trusted: no password, so pgbench needs no PGPASSWORD either.
    ServerInfo info = new ServerInfo(pg.host(), pg.port(), pg.database(), pg.superuser(), null);
    return new BenchServer(info, "embedded PostgreSQL " + pg.version(), pg);
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

  /**
   * The embedded server's distribution ({@code bin/}, {@code lib/}), whose libpq the libpq program
   * may link; empty when the server is not embedded.
   */
  Optional<Path> installationDirectory() {
    return Optional.ofNullable(embedded).map(EmbeddedPostgres::installationDirectory);
  }

  /** Stops the server when this run started it. */
  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
