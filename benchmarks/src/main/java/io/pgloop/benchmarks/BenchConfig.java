package io.pgloop.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one run measures and for how long: the mode's defaults ({@code full} or {@code smoke}),
 * overridden by system properties.
 *
 * <ul>
 *   <li>{@code bench.mode}: {@code full} (default) or {@code smoke};
 *   <li>{@code bench.warmup}, {@code bench.duration}: seconds, decimals allowed;
 *   <li>{@code bench.iterations}: measured iterations per workload and client;
 *   <li>{@code bench.workloads}, {@code bench.clients}: comma-separated filters ({@code seq1,pipe};
 *       {@code pgloop,pgjdbc}), everything when absent;
 *   <li>{@code bench.out}: the directory of {@code bench-results.*} ({@code target} by default).
 * </ul>
 *
 * @param smoke whether this is the smoke mode (tiny data, pgbench by transaction count)
 * @param warmup time of the unmeasured first run of each workload and client
 * @param iterations number of measured runs
 * @param iteration time of each measured run
 * @param worldRows rows of {@code world}, the point-select table
 * @param bulkRows rows of {@code bulk}, read by bulk-read and stream
 * @param batchRows rows per executeBatch
 * @param copyRows rows per COPY
 * @param workloads the workloads to run
 * @param clients the client names to run
 * @param outDir where the CSV, JSON and PNG go
 */
public record BenchConfig(
    boolean smoke,
    Duration warmup,
    int iterations,
    Duration iteration,
    int worldRows,
    int bulkRows,
    int batchRows,
    int copyRows,
    Set<WorkloadKind> workloads,
    Set<String> clients,
    Path outDir) {

  /** The full run: 5 s warm-up and 5 × 5 s per workload and client, the data sizes. */
  public static BenchConfig fullDefaults() {
    return new BenchConfig(
        false,
        Duration.ofSeconds(5),
        5,
        Duration.ofSeconds(5),
        10_000,
        200_000,
        10_000,
        1_000_000,
        EnumSet.allOf(WorkloadKind.class),
        Set.of(),
        Path.of("target"));
  }

  /**
   * The smoke run: every workload for every client with tiny data and a fraction of a second each,
   * so that a test can check that nothing is broken. Its figures mean nothing.
   */
  public static BenchConfig smokeDefaults() {
    return new BenchConfig(
        true,
        Duration.ofMillis(50),
        1,
        Duration.ofMillis(100),
        1_000,
        1_000,
        100,
        1_000,
        EnumSet.allOf(WorkloadKind.class),
        Set.of(),
        Path.of("target"));
  }

  /** The mode named by {@code bench.mode}, with the other {@code bench.*} properties applied. */
  public static BenchConfig fromSystemProperties() {
    String mode = System.getProperty("bench.mode", "full").trim().toLowerCase(Locale.ROOT);
    BenchConfig base =
        switch (mode) {
          case "full", "" -> fullDefaults();
          case "smoke" -> smokeDefaults();
          default ->
              throw new IllegalArgumentException(
                  "bench.mode: expected full or smoke, got \"" + mode + "\"");
        };
    return base.withOverrides();
  }

  /** This configuration with the {@code bench.*} system properties that are set applied. */
  public BenchConfig withOverrides() {
    return new BenchConfig(
        smoke,
        seconds("bench.warmup", warmup),
        Integer.getInteger("bench.iterations", iterations),
        seconds("bench.duration", iteration),
        worldRows,
        bulkRows,
        batchRows,
        copyRows,
        workloadFilter(workloads),
        clientFilter(clients),
        Path.of(System.getProperty("bench.out", outDir.toString())));
  }

  /** Whether the client named {@code name} is to run. */
  public boolean runs(String name) {
    return clients.isEmpty() || clients.contains(name);
  }

  /** The mode's name, as printed and written to the JSON. */
  public String mode() {
    return smoke ? "smoke" : "full";
  }

  private static Duration seconds(String property, Duration fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Duration.ofNanos((long) (Double.parseDouble(value.trim()) * 1e9));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(property + ": expected seconds, got \"" + value + "\"", e);
    }
  }

  private static Set<WorkloadKind> workloadFilter(Set<WorkloadKind> fallback) {
    String value = System.getProperty("bench.workloads");
    if (value == null || value.isBlank()) {
      return fallback;
    }
    Set<WorkloadKind> kinds = EnumSet.noneOf(WorkloadKind.class);
    for (String id : value.split(",")) {
      kinds.add(
          Arrays.stream(WorkloadKind.values())
              .filter(k -> k.id().equals(id.trim()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "bench.workloads: unknown workload \""
                              + id.trim()
                              + "\"; known: "
                              + Arrays.stream(WorkloadKind.values())
                                  .map(WorkloadKind::id)
                                  .collect(Collectors.joining(", ")))));
    }
    return kinds;
  }

  private static Set<String> clientFilter(Set<String> fallback) {
    String value = System.getProperty("bench.clients");
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return Arrays.stream(value.split(",")).map(String::trim).collect(Collectors.toSet());
  }
}
