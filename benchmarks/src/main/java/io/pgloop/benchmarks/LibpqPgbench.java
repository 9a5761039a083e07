package io.pgloop.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The libpq ceiling, measured by {@code pgbench} (found on the PATH) running the point select in
 * pipeline mode, 64 queries per script: either one Sync per 64 ({@code \startpipeline} ... {@code
 * \endpipeline}, what explicit pipelining and batches can reach) or a Sync per query ({@code
 * \syncpipeline}, pgbench 17 and later, what implicit pipelining of independent queries can reach).
 * One connection for the pipe workload, four for the pool workload. Without pgbench, or with one
 * too old for a variant, that variant is n/a.
 */
final class LibpqPgbench implements BenchClient {

  /** Queries per pgbench transaction (per script run) in pipeline mode. */
  static final int PIPELINE_DEPTH = 64;

  /** How the script sends its point selects. */
  enum Mode {
    /** One select per script, no pipeline: libpq with one query in flight. */
    ONE_IN_FLIGHT("1 in flight", 1, 0),
    /** 64 selects in one pipeline, one Sync at its end. */
    SYNC_PER_PIPELINE("1 Sync per 64", PIPELINE_DEPTH, 0),
    /** 64 selects in one pipeline, a Sync after each ({@code \syncpipeline}, pgbench 17). */
    SYNC_PER_QUERY("a Sync per query", PIPELINE_DEPTH, 17);

    private final String label;
    private final int queries;
    private final int minimumMajor;

    Mode(String label, int queries, int minimumMajor) {
      this.label = label;
      this.queries = queries;
      this.minimumMajor = minimumMajor;
    }

    /** Point selects per script run, i.e. per pgbench transaction. */
    int queries() {
      return queries;
    }
  }

  private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial");
  private static final Pattern PROCESSED =
      Pattern.compile("number of transactions actually processed: (\\d+)");

  private final ServerInfo server;
  private final BenchConfig config;
  private final Optional<Path> pgbench;
  private final int major;

  LibpqPgbench(ServerInfo server, BenchConfig config) {
    this.server = server;
    this.config = config;
    this.pgbench = Toolchain.onPath(System.getenv("PATH"), "pgbench");
    this.major = pgbench.map(LibpqPgbench::majorVersion).orElse(0);
  }

  @Override
  public String name() {
    return "libpq";
  }

  @Override
  public List<Variant> variants(WorkloadKind kind) {
    return switch (kind) {
      case SEQ1 -> List.of(variant(1, 1, Mode.ONE_IN_FLIGHT));
      case PIPE ->
          List.of(
              // Paired with pgloop's pipeline(), a Sync per 64 too; on pool pgloop has no such
              // variant, and the default pairing compares with its PgPool.
              variant(1, 1, Mode.SYNC_PER_PIPELINE).pairedBy(Pairing.SYNC_PER_64),
              variant(1, 1, Mode.SYNC_PER_QUERY));
      case POOL ->
          List.of(variant(4, 2, Mode.SYNC_PER_PIPELINE), variant(4, 2, Mode.SYNC_PER_QUERY));
      default -> List.of();
    };
  }

  private Variant variant(int clients, int threads, Mode mode) {
    String note = "pgbench -c " + clients + ", " + mode.label;
    if (pgbench.isEmpty()) {
      return Variant.unsupported(note + ": pgbench not on PATH");
    }
    if (major < mode.minimumMajor) {
      return Variant.unsupported(
          note + ": needs pgbench >= " + mode.minimumMajor + ", found " + major);
    }
    return new Variant(note, () -> new PgbenchRun(clients, threads, mode));
  }

  /**
   * The script: the random ids drawn first (meta-commands are not sent to the server), then the
   * point selects, in one pipeline unless there is only one.
   */
  static String script(Mode mode) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= mode.queries(); i++) {
      s.append("\\set id").append(i).append(" random(1, :rows)\n");
    }
    boolean pipeline = mode != Mode.ONE_IN_FLIGHT;
    if (pipeline) {
      s.append("\\startpipeline\n");
    }
    for (int i = 1; i <= mode.queries(); i++) {
      s.append("SELECT id, randomnumber FROM world WHERE id = :id").append(i).append(";\n");
      if (mode == Mode.SYNC_PER_QUERY && i < mode.queries()) {
        s.append("\\syncpipeline\n");
      }
    }
    if (pipeline) {
      // \endpipeline sends the last (or only) Sync.
      s.append("\\endpipeline\n");
    }
    return s.toString();
  }

  /** One variant: a script file, and a pgbench process per run. */
  private final class PgbenchRun implements Workload {
    private final int clients;
    private final int threads;
    private final Mode mode;
    private final Path script;

    PgbenchRun(int clients, int threads, Mode mode) throws IOException {
      this.clients = clients;
      this.threads = threads;
      this.mode = mode;
      this.script = Files.createTempFile("pgloop-bench-", ".pgbench");
      Files.writeString(script, script(mode), StandardCharsets.UTF_8);
    }

    @Override
    public Workload.Run run(long durationNanos) throws Exception {
      List<String> command = new ArrayList<>();
      command.add(pgbench.orElseThrow().toString());
      command.addAll(
          List.of(
              "-n",
              "-M",
              "prepared",
              "-h",
              server.host(),
              "-p",
              Integer.toString(server.port()),
              "-U",
              server.user(),
              "-c",
              Integer.toString(clients),
              "-j",
              Integer.toString(threads),
              "-D",
              "rows=" + config.worldRows(),
              "-f",
              script.toString()));
      if (config.smoke()) {
        // A fixed, tiny count: pgbench's shortest timed run is a whole second.
        command.addAll(List.of("-t", "3"));
      } else {
        command.addAll(List.of("-T", Long.toString(Math.max(1, Math.round(durationNanos / 1e9)))));
      }
      command.add(server.database());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (server.password() != null) {
        builder.environment().put("PGPASSWORD", server.password());
      }
      Process process = builder.start();
      try {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
          throw new IOException("pgbench failed: " + output.strip());
        }
        return parse(output, mode.queries());
      } finally {
        // Waited for within the iteration, so that its CPU time is counted in this one.
        ChildProcesses.stopAndReap(process);
      }
    }

    @Override
    public boolean inProcess() {
      return false;
    }

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(script);
    }
  }

  /**
   * Reads pgbench's report: transactions processed and tps without connection time.
   *
   * @param queries point selects per transaction
   * @throws IOException when the report lacks either line
   */
  static Workload.Run parse(String output, int queries) throws IOException {
    Matcher tps = TPS.matcher(output);
    Matcher processed = PROCESSED.matcher(output);
    if (!tps.find() || !processed.find()) {
      throw new IOException("cannot read pgbench's report: " + output.strip());
    }
    double rate = Double.parseDouble(tps.group(1));
    long transactions = Long.parseLong(processed.group(1));
    long nanos = rate == 0 ? 0 : Math.round(transactions / rate * 1e9);
    return new Workload.Run(transactions * queries, nanos);
  }

  private static int majorVersion(Path pgbench) {
    try {
      Process process = new ProcessBuilder(pgbench.toString(), "--version").start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(10, TimeUnit.SECONDS);
      Matcher m = VERSION.matcher(out);
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
