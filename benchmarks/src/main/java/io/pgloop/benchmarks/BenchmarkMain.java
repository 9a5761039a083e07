package io.pgloop.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every workload for every client, in this one JVM against one server, and reports: a table on
 * standard output, and {@code bench-results.csv}, {@code .json} and {@code .png} (the ratios) in
 * {@code bench.out}. See {@link BenchConfig} for the modes and properties.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am compile exec:exec -Dbench.mode=full
 * </pre>
 *
 * <p>The pom runs it in a JVM of its own with a fixed, pre-touched heap ({@code -Dbench.heap}, 4g
 * by default), because a heap that G1 grows during the run makes the bulk workloads GC-bound and
 * the figures swing between runs. The run's facts record the JVM's options, so a result says which
 * heap it had.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  /** Runs with the configuration of the {@code bench.*} system properties. */
  public static void main(String[] args) throws Exception {
    BenchConfig config = BenchConfig.fromSystemProperties();
    ResultTable table = run(config, System.out);
    System.out.println();
    table.print(System.out);
    System.out.println();
    System.out.println(table.summary());
    System.out.println("written: " + config.outDir().resolve("bench-results.{csv,json,png}"));
  }

  /**
   * Starts or finds the server, creates the data, measures every workload for every client in the
   * order of {@link WorkloadKind}, and writes the CSV, JSON and PNG.
   *
   * @param progress where a line per workload and client variant goes while the run proceeds
   */
  public static ResultTable run(BenchConfig config, PrintStream progress) throws Exception {
    Instant started = Instant.now();
    double loadAtStart = loadAverage();
    CpuMeter cpu = new CpuMeter();
    try (BenchServer server = BenchServer.start()) {
      ServerInfo info = server.info();
      progress.println(
          "bench: mode "
              + config.mode()
              + ", server "
              + info.describe()
              + " ("
              + server.origin()
              + ", ready in "
              + seconds(started)
              + "), load average "
              + String.format(Locale.ROOT, "%.1f", loadAtStart)
              + ", JVM "
              + String.join(" ", jvmOptions()));
      List<Result> results = new ArrayList<>();
      String serverVersion = serverVersion(info);
      Instant creating = Instant.now();
      try (BenchmarkData data = BenchmarkData.create(info, config)) {
        progress.println("bench: data created in " + seconds(creating));
        List<BenchClient> clients =
            clients(info, data, config, server.installationDirectory().orElse(null));
        Harness harness = new Harness(config, cpu, server.postmasterPid(), progress);
        for (WorkloadKind kind : WorkloadKind.values()) {
          if (!config.workloads().contains(kind)) {
            continue;
          }
          List<Harness.Entry> entries = new ArrayList<>();
          for (BenchClient client : clients) {
            for (BenchClient.Variant variant : client.variants(kind)) {
              if (!config.runsVariant(variant.note())) {
                continue;
              }
              entries.add(new Harness.Entry(client.name(), variant));
            }
          }
          results.addAll(harness.measure(kind, entries));
        }
      }
      ResultTable table =
          new ResultTable(results, facts(config, server, cpu, serverVersion, started, loadAtStart));
      Path out = config.outDir();
      table.writeCsv(out.resolve("bench-results.csv"));
      table.writeJson(out.resolve("bench-results.json"));
      RatioPlot.write(
          table,
          "pgloop vs peers, " + config.mode() + " run, PostgreSQL " + serverVersion,
          out.resolve("bench-results.png"));
      return table;
    }
  }

  private static List<BenchClient> clients(
      ServerInfo info, BenchmarkData data, BenchConfig config, Path serverInstallation) {
    List<BenchClient> all =
        List.of(
            new PgloopClient(info, data),
            new VertxPgClient(info, data),
            new PgjdbcClient(info, data),
            new LibpqPgbench(info, config),
            new LibpqPipeline(info, config, serverInstallation));
    List<BenchClient> chosen = new ArrayList<>();
    for (BenchClient client : all) {
      if (config.runs(client.name())) {
        chosen.add(client);
      }
    }
    return chosen;
  }

  private static Map<String, Object> facts(
      BenchConfig config,
      BenchServer server,
      CpuMeter cpu,
      String serverVersion,
      Instant started,
      double loadAtStart) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("mode", config.mode());
    facts.put("startedAt", started.toString());
    facts.put("finishedAt", Instant.now().toString());
    facts.put("server", server.info().describe());
    facts.put("serverOrigin", server.origin());
    facts.put("serverVersion", serverVersion);
    facts.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
    // The heap moves the bulk workloads' figures (GC-bound in a small, growing heap): record it.
    facts.put("jvmOptions", jvmOptions());
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    facts.put("heapInitialBytes", heap.getInit());
    facts.put("heapMaxBytes", heap.getMax());
    facts.put("cpus", Runtime.getRuntime().availableProcessors());
    // Other work on the machine moves every figure; the load average says how much there was.
    facts.put("loadAverageAtStart", loadAtStart);
    facts.put("loadAverageAtEnd", loadAverage());
    facts.put("warmupSeconds", config.warmup().toMillis() / 1000.0);
    facts.put("iterations", config.iterations());
    facts.put("iterationSeconds", config.iteration().toMillis() / 1000.0);
    facts.put(
        "allocation",
        "bytes allocated by all JVM threads during an iteration, per unit (query or row)");
    facts.put(
        "clientCpu",
        "microseconds of CPU per unit: the JVM's process CPU time (every thread, GC and JIT"
            + " included) for the Java clients; for pgbench and libpq_pipeline.c the CPU time of"
            + " the children the JVM reaped, from /proc/self/stat (Linux only)");
    facts.put(
        "serverCpu",
        server.postmasterPid().isPresent() && cpu.procSupported()
            ? "microseconds of CPU per unit of the postmaster and its children (backends,"
                + " background workers), from /proc"
            : "not measured: the server was not started by this run, or this is not Linux");
    facts.put("clockTicksPerSecond", cpu.clockTicksPerSecond());
    return facts;
  }

  /**
   * The JVM's own options ({@code -Xmx4g}, {@code -XX:+AlwaysPreTouch}, ...): the {@code -D}
   * properties are left out, their values being in the other facts already.
   */
  static List<String> jvmOptions() {
    List<String> options = new ArrayList<>();
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (argument.startsWith("-X")) {
        options.add(argument);
      }
    }
    return options;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String seconds(Instant since) {
    return String.format(
        Locale.ROOT, "%.1f s", Duration.between(since, Instant.now()).toMillis() / 1000.0);
  }

  private static String serverVersion(ServerInfo info) throws SQLException {
    try (Connection c = DriverManager.getConnection(info.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW server_version")) {
      rs.next();
      return rs.getString(1).split(" ")[0];
    }
  }
}
