package io.pgloop.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * libpq's ceiling with a Sync after every query: {@code libpq_pipeline.c} (in {@code src/main/c},
 * on the class path), compiled with {@code cc ... -lpq} on first use. It keeps the point selects in
 * flight in libpq's pipeline mode, each followed by its own Sync, as pgloop's implicit pipelining
 * sends them; pgbench can only script that from version 17 ({@code \syncpipeline}).
 *
 * <p>seq1 runs it with one query in flight, pipe with 256 on one connection, pool with 64 on each
 * of 4 connections, in 2 processes of 2 connections (as pgbench {@code -c 4 -j 2}). Without a C
 * compiler, libpq's header or the library, every variant is n/a with the reason.
 *
 * <p>Which libpq it links decides what a Sync costs, so the variant names its major: with 17 or
 * later (the embedded server's own, when it is the embedded one; see {@link Toolchain}) each Sync
 * is queued, "a Sync per query"; before 17 each Sync is also a flush, "Sync+flush/query".
 */
final class LibpqPipeline implements BenchClient {

  /** The program's source, a class-path resource. */
  static final String SOURCE = "libpq_pipeline.c";

  private static final Pattern REPORT = Pattern.compile("queries (\\d+) nanos (\\d+)");

  private final ServerInfo server;
  private final BenchConfig config;
  private final Path serverInstallation;
  private Toolchain toolchain;
  private Toolchain.Build build;

  /**
   * @param serverInstallation the embedded server's distribution, whose libpq is linked when it is
   *     17 or later; null when the server is not embedded
   */
  LibpqPipeline(ServerInfo server, BenchConfig config, Path serverInstallation) {
    this.server = server;
    this.config = config;
    this.serverInstallation = serverInstallation;
  }

  @Override
  public String name() {
    return "libpq";
  }

  @Override
  public List<Variant> variants(WorkloadKind kind) {
    return switch (kind) {
      case SEQ1 -> List.of(variant(1, 1, 1));
      case PIPE -> List.of(variant(1, 1, 256));
      case POOL -> List.of(variant(4, 2, 64));
      default -> List.of();
    };
  }

  private Variant variant(int connections, int processes, int inFlight) {
    if (build == null) {
      toolchain = Toolchain.fromEnvironment(serverInstallation);
      build = toolchain.compile(SOURCE);
    }
    String note = note(connections, toolchain.libpq().major(), toolchain.hasSendPipelineSync());
    if (build.program() == null) {
      return Variant.unsupported(note + ": " + build.problem());
    }
    Path program = build.program();
    return new Variant(note, () -> new Run(program, connections, processes, inFlight));
  }

  /**
   * The variant's note: the libpq major linked (when known) and whether each Sync is also a flush,
   * as it is before libpq 17 (see libpq_pipeline.c).
   *
   * @param libpqMajor 0 when unknown
   */
  static String note(int connections, int libpqMajor, boolean sendPipelineSync) {
    return "libpq_pipeline.c"
        + (libpqMajor > 0 ? " (libpq " + libpqMajor + ")" : "")
        + " -c "
        + connections
        + (sendPipelineSync ? ", a Sync per query" : ", Sync+flush/query");
  }

  /** One variant: its processes are started for each run and waited for. */
  private final class Run implements Workload {
    private final Path program;
    private final int connections;
    private final int processes;
    private final int inFlight;

    Run(Path program, int connections, int processes, int inFlight) {
      this.program = program;
      this.connections = connections;
      this.processes = processes;
      this.inFlight = inFlight;
    }

    @Override
    public Workload.Run run(long durationNanos) throws Exception {
      String seconds = String.format(Locale.ROOT, "%.3f", durationNanos / 1e9);
      List<Process> running = new ArrayList<>();
      try {
        for (int i = 0; i < processes; i++) {
          ProcessBuilder builder =
              new ProcessBuilder(
                      program.toString(),
                      conninfo(server),
                      Integer.toString(connections / processes),
                      Integer.toString(inFlight),
                      seconds,
                      Integer.toString(config.worldRows()))
                  .redirectErrorStream(true);
          if (server.password() != null) {
            builder.environment().put("PGPASSWORD", server.password());
          }
          running.add(builder.start());
        }
        List<Workload.Run> runs = new ArrayList<>();
        for (Process process : running) {
          String output =
              new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(SOURCE + " failed: " + output.strip());
          }
          runs.add(parse(output));
        }
        return combine(runs);
      } finally {
        // After a failure the others still run: kill and reap them within the iteration.
        for (Process process : running) {
          ChildProcesses.stopAndReap(process);
        }
      }
    }

    @Override
    public boolean inProcess() {
      return false;
    }

    @Override
    public void close() {}
  }

  /** Reads the program's one line, {@code queries <n> nanos <t> ...}. */
  static Workload.Run parse(String output) throws IOException {
    Matcher m = REPORT.matcher(output);
    if (!m.find()) {
      throw new IOException("cannot read " + SOURCE + "'s report: " + output.strip());
    }
    return new Workload.Run(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
  }

  /**
   * The runs of processes that ran side by side, as one: their queries added, and a time such that
   * the rate is the sum of their rates (they start a few milliseconds apart, so neither the longest
   * time nor the sum would be right).
   */
  static Workload.Run combine(List<Workload.Run> runs) {
    long units = 0;
    double rate = 0;
    for (Workload.Run run : runs) {
      units += run.units();
      rate += run.rate();
    }
    return new Workload.Run(units, rate == 0 ? 0 : Math.round(units / rate * 1e9));
  }

  /** A libpq connection string for {@code server}, without the password (see PGPASSWORD). */
  static String conninfo(ServerInfo server) {
    return "host="
        + quote(server.host())
        + " port="
        + server.port()
        + " dbname="
        + quote(server.database())
        + " user="
        + quote(server.user())
        + " sslmode=disable";
  }

  /* A conninfo value in single quotes, with backslash and quote escaped. */
  private static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** Reads a class-path resource into a file. */
  static void copyResource(String name, Path target) throws IOException {
    try (InputStream in = LibpqPipeline.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IOException(name + " is not on the class path");
      }
      Files.copy(in, target);
    }
  }
}
