package io.pgloop.benchmarks;

import io.pgloop.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

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

  /**
   * The embedded server's postmaster, the parent of its backends and background workers, whose CPU
   * time {@link CpuMeter#familyNanos} reads; empty for a server this run did not start (its
   * processes are not ours to see, maybe not even on this machine), or when its {@code
   * postmaster.pid} cannot be read.
   */
  OptionalLong postmasterPid() {
    return embedded == null ? OptionalLong.empty() : postmasterPid(embedded.dataDirectory());
  }

  /**
   * The postmaster's process id: the first line of {@code postmaster.pid} in {@code dataDirectory},
   * which the server writes at start and removes at shutdown; empty when there is none.
   */
  static OptionalLong postmasterPid(Path dataDirectory) {
    Path file = dataDirectory.resolve("postmaster.pid");
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      String first = lines.readLine();
      return first == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(first.strip()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Stops the server when this run started it. */
  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
